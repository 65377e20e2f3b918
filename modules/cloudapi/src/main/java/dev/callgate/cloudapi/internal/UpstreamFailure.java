package dev.callgate.cloudapi.internal;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;

/**
 * The Cloud API failed in a way that may pass (5xx, I/O error, unreadable answer). A subtype of its
 * own so that only this is retried and counted by the circuit breaker; callers still see an
 * ordinary {@code upstream_unavailable} {@link CallingException}.
 */
public class UpstreamFailure extends CallingException {

  private static final long serialVersionUID = 1L;

  public UpstreamFailure(String message, Integer metaCode, Throwable cause) {
    super(ErrorCode.UPSTREAM_UNAVAILABLE, message, null, null, null, metaCode, null);
    if (cause != null) {
      initCause(cause);
    }
  }
}
