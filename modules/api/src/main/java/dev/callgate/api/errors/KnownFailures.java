package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.input.BodyTooLargeException;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;

/**
 * Finds a refusal Callgate knows how to answer behind the wrappers that frameworks put around it:
 * RESTEasy wraps what a body reader or a parameter converter throws, EJB wraps system exceptions,
 * and a parser wraps the {@link BodyTooLargeException} of the stream it was reading.
 */
public final class KnownFailures {

  private KnownFailures() {}

  public static Optional<CallingException> find(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof CallingException known) {
        return Optional.of(known);
      }
      if (t instanceof ConstraintViolationException violations) {
        return Optional.of(ConstraintViolationMapper.validationError(violations));
      }
      if (t instanceof BodyTooLargeException tooLarge) {
        return Optional.of(CallingException.of(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
