package dev.callgate.cloudapi.internal;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.EJBException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The one place where Cloud API failures become Callgate errors ({@code cloud-api.md} §6 onto the
 * table of {@code integrator-api.md}). Meta's own code always travels in {@code upstreamCode}.
 */
public final class CloudApiErrors {

  /** Meta's codes that have a Callgate meaning of their own; the rest is decided by status. */
  static final Map<Integer, ErrorCode> BY_META_CODE =
      Map.of(
          138006, ErrorCode.NO_APPROVED_PERMISSION,
          138009, ErrorCode.TOO_MANY_CPR_REQUESTS,
          138012, ErrorCode.CALL_LIMIT_EXCEEDED,
          138013, ErrorCode.COUNTRY_UNAVAILABLE,
          138003, ErrorCode.CALL_ONGOING,
          138017, ErrorCode.PERMANENT_PERMISSION_EXISTS,
          // calling not enabled, and calling paused for low quality: Meta's 138014 is not
          // Callgate's 138014 (Invalid SDP), which Meta reports as code 100
          138000, ErrorCode.CALLING_RESTRICTED,
          138014, ErrorCode.CALLING_RESTRICTED);

  static final int INVALID_PARAMETER = 100;

  private CloudApiErrors() {}

  /** Meta answered with a status outside 2xx. */
  public static CallingException fromResponse(int httpStatus, String body) {
    MetaError error = MetaError.parse(body);
    Integer code = error.code();
    String message = error.message() == null ? "HTTP " + httpStatus : error.message();
    if (httpStatus >= 500 || httpStatus == 429 || httpStatus < 400) {
      // 429 too: a rate limit passes with time, so the caller should retry rather than fix input
      return new UpstreamFailure(
          "Cloud API answered HTTP " + httpStatus + ": " + message, code, null);
    }
    ErrorCode mapped = code == null ? null : BY_META_CODE.get(code);
    if (mapped != null) {
      CallingException refused = CallingException.of(mapped, message).upstreamCode(code);
      return mapped == ErrorCode.CALL_LIMIT_EXCEEDED && error.retryAfter() != null
          ? refused.retryAfter(error.retryAfter())
          : refused;
    }
    if (code != null && code == INVALID_PARAMETER && mentionsSdp(error)) {
      String detail = error.details().isEmpty() ? message : message + ": " + error.details();
      return CallingException.of(ErrorCode.INVALID_SDP, detail).upstreamCode(code);
    }
    return CallingException.of(ErrorCode.VALIDATION_FAILED, "Cloud API refused: " + message)
        .upstreamCode(code);
  }

  /** The request never got an answer: refused connection, timeout, broken stream. */
  public static CallingException fromIo(Throwable failure) {
    return new UpstreamFailure(
        "Cloud API unreachable: " + failure.getClass().getSimpleName(), null, failure);
  }

  /**
   * What a caller receives for anything thrown out of the client, Fault Tolerance's own refusals
   * included. Unknown exceptions (programming errors) pass unchanged.
   */
  public static RuntimeException forCaller(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof CallingException calling) {
      return calling;
    }
    if (t instanceof FaultToleranceException ft) {
      return new UpstreamFailure(reason(ft), null, ft);
    }
    return t instanceof RuntimeException runtime ? runtime : new IllegalStateException(t);
  }

  private static String reason(FaultToleranceException ft) {
    if (ft instanceof CircuitBreakerOpenException) {
      return "Cloud API unavailable: circuit open after repeated failures";
    }
    if (ft instanceof TimeoutException) {
      return "Cloud API did not answer in time";
    }
    if (ft instanceof BulkheadException) {
      return "Too many Cloud API requests in flight";
    }
    return "Cloud API unavailable: " + ft.getClass().getSimpleName();
  }

  /** Containers wrap what a bean threw (pitfall 7 of TOOLCHAIN.md). */
  private static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof EJBException
            || t instanceof CompletionException
            || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean mentionsSdp(MetaError error) {
    String text = (error.message() + " " + error.details()).toLowerCase(Locale.ROOT);
    return text.contains("sdp");
  }
}
