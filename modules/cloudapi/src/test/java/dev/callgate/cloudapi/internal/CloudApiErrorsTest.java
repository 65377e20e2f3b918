package dev.callgate.cloudapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.EJBException;
import java.net.ConnectException;
import java.time.Instant;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping of Meta's errors onto Callgate's ({@code cloud-api.md}, top note and §6). */
class CloudApiErrorsTest {

  static String envelope(int code, String message, String errorData) {
    return "{\"error\":{\"message\":\""
        + message
        + "\",\"type\":\"OAuthException\",\"code\":"
        + code
        + (errorData == null ? "" : ",\"error_data\":" + errorData)
        + ",\"fbtrace_id\":\"AbCdEf123\"}}";
  }

  @ParameterizedTest(name = "Meta {1} (HTTP {0}) -> {2}")
  @CsvSource({
    "401, 138006, NO_APPROVED_PERMISSION",
    "400, 138009, TOO_MANY_CPR_REQUESTS",
    "400, 138012, CALL_LIMIT_EXCEEDED",
    "400, 138013, COUNTRY_UNAVAILABLE",
    "400, 138003, CALL_ONGOING",
    "400, 138017, PERMANENT_PERMISSION_EXISTS",
  })
  void metaCallingCodesBecomeCallgateCodesAndKeepTheUpstreamCode(
      int status, int metaCode, ErrorCode expected) {
    CallingException e = CloudApiErrors.fromResponse(status, envelope(metaCode, "refused", null));
    assertThat(e.code()).isEqualTo(expected);
    assertThat(e.upstreamCode()).isEqualTo(metaCode);
    assertThat(e.message()).isEqualTo("refused");
  }

  @Test
  void theRequestLimitIsCallgates138011WithMetas138009Upstream() {
    CallingException e = CloudApiErrors.fromResponse(400, envelope(138009, "limit", null));
    assertThat(e.code().code()).isEqualTo(138011);
    assertThat(e.upstreamCode()).isEqualTo(138009);
  }

  @Test
  void theCallLimitCarriesRetryAfterFromErrorData() {
    CallingException seconds =
        CloudApiErrors.fromResponse(
            400, envelope(138012, "limit", "{\"details\":\"limit\",\"retry_after\":1745622600}"));
    assertThat(seconds.retryAfter()).isEqualTo(Instant.ofEpochSecond(1745622600));

    CallingException iso =
        CloudApiErrors.fromResponse(
            400, envelope(138012, "limit", "{\"next_call_allowed_at\":\"2026-11-24T10:00:00Z\"}"));
    assertThat(iso.retryAfter()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));

    assertThat(CloudApiErrors.fromResponse(400, envelope(138012, "limit", null)).retryAfter())
        .isNull();
  }

  @Test
  void invalidParameterAboutTheSdpIsInvalidSdp() {
    CallingException e =
        CloudApiErrors.fromResponse(
            400,
            envelope(100, "Invalid parameter", "{\"details\":\"SDP is missing the fingerprint\"}"));
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SDP);
    assertThat(e.code().code()).isEqualTo(138014);
    assertThat(e.upstreamCode()).isEqualTo(100);
    assertThat(e.message()).contains("fingerprint");
  }

  @Test
  void otherClientErrorsAreValidationFailedWithMetasMessage() {
    CallingException param =
        CloudApiErrors.fromResponse(400, envelope(100, "Param to must be a phone", null));
    assertThat(param.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(param.message()).contains("Param to must be a phone");
    assertThat(param.upstreamCode()).isEqualTo(100);
  }

  @Test
  void callingOffOrPausedByMetaIsCallingRestrictedNotInvalidSdp() {
    CallingException notEnabled =
        CloudApiErrors.fromResponse(401, envelope(138000, "Calling not enabled", null));
    assertThat(notEnabled.code()).isEqualTo(ErrorCode.CALLING_RESTRICTED);
    assertThat(notEnabled.upstreamCode()).isEqualTo(138000);

    CallingException paused =
        CloudApiErrors.fromResponse(400, envelope(138014, "Calling paused for low quality", null));
    assertThat(paused.code()).isEqualTo(ErrorCode.CALLING_RESTRICTED);
    assertThat(paused.code()).isNotEqualTo(ErrorCode.INVALID_SDP);
    assertThat(paused.upstreamCode()).isEqualTo(138014);
  }

  @Test
  void serverErrorsAreUpstreamUnavailableWithMetasCode() {
    CallingException e =
        CloudApiErrors.fromResponse(500, envelope(138004, "Connection error", null));
    assertThat(e).isInstanceOf(UpstreamFailure.class);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.code().httpStatus()).isEqualTo(503);
    assertThat(e.upstreamCode()).isEqualTo(138004);
  }

  @Test
  void aServerErrorWithoutEnvelopeIsUpstreamUnavailableWithoutCode() {
    CallingException e = CloudApiErrors.fromResponse(502, "<html>Bad gateway</html>");
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.upstreamCode()).isNull();
  }

  @Test
  void aRateLimitIsUpstreamUnavailableSoCallersRetryLater() {
    CallingException e = CloudApiErrors.fromResponse(429, envelope(613, "Rate limit", null));
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.upstreamCode()).isEqualTo(613);
  }

  @Test
  void aRefusedConnectionIsUpstreamUnavailable() {
    CallingException e = CloudApiErrors.fromIo(new ConnectException("Connection refused"));
    assertThat(e).isInstanceOf(UpstreamFailure.class);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.getCause()).isInstanceOf(ConnectException.class);
  }

  @Test
  void faultToleranceRefusalsAreUpstreamUnavailable() {
    for (RuntimeException ft :
        new RuntimeException[] {
          new CircuitBreakerOpenException("open"),
          new TimeoutException("slow"),
          new BulkheadException("full")
        }) {
      RuntimeException mapped = CloudApiErrors.forCaller(ft);
      assertThat(mapped).isInstanceOf(CallingException.class);
      assertThat(((CallingException) mapped).code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
      assertThat(mapped.getCause()).isSameAs(ft);
    }
  }

  @Test
  void faultToleranceRefusalsWrappedInEjbExceptionAreUnwrapped() {
    RuntimeException mapped =
        CloudApiErrors.forCaller(new EJBException(new CircuitBreakerOpenException("open")));
    assertThat(((CallingException) mapped).code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(mapped.getMessage()).contains("circuit open");
  }

  @Test
  void callingExceptionsPassUnchangedAndBugsAreNotDisguised() {
    CallingException refused = CallingException.of(ErrorCode.CALL_ONGOING, "busy");
    assertThat(CloudApiErrors.forCaller(new EJBException(refused))).isSameAs(refused);
    IllegalArgumentException bug = new IllegalArgumentException("bug");
    assertThat(CloudApiErrors.forCaller(bug)).isSameAs(bug);
  }
}
