package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.Optional;

/**
 * A write that lost a race with another one on the same row is the caller's to retry, not a server
 * fault: {@code 409 conflict}, never a 500. Services take row locks so that this stays rare; this
 * is the backstop for a versioned row changed between read and write.
 */
public final class ConcurrentWrites {

  private ConcurrentWrites() {}

  /** The conflict this failure (or one of its causes) is, if it is one. */
  public static Optional<CallingException> conflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
        return Optional.of(
            CallingException.of(
                    ErrorCode.CONFLICT,
                    "Another request changed the same data at the same time; nothing was saved")
                .resolution("Read the resource again and repeat the change"));
      }
    }
    return Optional.empty();
  }
}
