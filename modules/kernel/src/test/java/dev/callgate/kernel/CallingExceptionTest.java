package dev.callgate.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ApplicationException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallingExceptionTest {

  private static final Instant NEXT_ALLOWED = Instant.parse("2026-11-27T10:15:00Z");

  @Test
  void P4_builderKeepsEveryField() {
    FieldProblem problem = new FieldProblem("waId", "limit reached");
    CallingException e =
        CallingException.of(
                ErrorCode.TOO_MANY_CPR_REQUESTS,
                "2 requests already sent to 919812345678 in 7 days")
            .retryAfter(NEXT_ALLOWED)
            .rule("P4")
            .upstreamCode(138011)
            .resolution("Wait a week")
            .fields(List.of(problem));

    assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_CPR_REQUESTS);
    assertThat(e.message()).isEqualTo("2 requests already sent to 919812345678 in 7 days");
    assertThat(e.getMessage()).isEqualTo(e.message());
    assertThat(e.retryAfter()).isEqualTo(NEXT_ALLOWED);
    assertThat(e.rule()).isEqualTo("P4");
    assertThat(e.upstreamCode()).isEqualTo(138011);
    assertThat(e.resolution()).isEqualTo("Wait a week");
    assertThat(e.fields()).containsExactly(problem);
  }

  @Test
  void P1_defaultsToTheCodesResolutionAndNoOptionalFields() {
    CallingException e =
        CallingException.of(ErrorCode.NO_APPROVED_PERMISSION, "no permission for 919812345678");

    assertThat(e.resolution()).isEqualTo(ErrorCode.NO_APPROVED_PERMISSION.resolution());
    assertThat(e.retryAfter()).isNull();
    assertThat(e.rule()).isNull();
    assertThat(e.upstreamCode()).isNull();
    assertThat(e.fields()).isNotNull().isEmpty();
  }

  @Test
  void missingMessageFallsBackToTheTitle() {
    assertThat(CallingException.of(ErrorCode.CALL_ONGOING, null).getMessage())
        .isEqualTo("A call with this user is already ongoing");
  }

  @Test
  void eachStepIsACopyAndTheOriginalStaysUnchanged() {
    CallingException original =
        CallingException.of(ErrorCode.CALL_LIMIT_EXCEEDED, "100 calls today");
    CallingException withRule = original.rule("L1");

    assertThat(withRule).isNotSameAs(original);
    assertThat(original.rule()).isNull();
    assertThat(withRule.rule()).isEqualTo("L1");
    assertThat(withRule.retryAfter(NEXT_ALLOWED).rule()).isEqualTo("L1");
  }

  @Test
  void fieldsAreCopiedAndUnmodifiable() {
    List<FieldProblem> problems = new ArrayList<>(List.of(new FieldProblem("waId", "is required")));
    CallingException e = CallingException.validation(problems);
    problems.add(new FieldProblem("agentId", "is required"));

    assertThat(e.fields()).hasSize(1);
    assertThatThrownBy(() -> e.fields().add(new FieldProblem("x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void validationCountsTheInvalidFields() {
    CallingException one =
        CallingException.validation(List.of(new FieldProblem("waId", "is required")));
    CallingException two =
        CallingException.validation(
            List.of(
                new FieldProblem("waId", "is required"),
                new FieldProblem("sdpOffer", "is required")));

    assertThat(one.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(one.getMessage()).startsWith("1 field invalid").contains("waId");
    assertThat(two.getMessage()).startsWith("2 fields invalid").contains("waId", "sdpOffer");
    assertThat(two.fields()).extracting(FieldProblem::field).containsExactly("waId", "sdpOffer");
    assertThatIllegalArgumentException().isThrownBy(() -> CallingException.validation(List.of()));
  }

  @Test
  void causeSurvivesLaterCopies() {
    IOException io = new IOException("connection reset");
    CallingException e =
        CallingException.of(ErrorCode.UPSTREAM_UNAVAILABLE, "Cloud API timed out")
            .causedBy(io)
            .upstreamCode(131000);

    assertThat(e.getCause()).isSameAs(io);
    assertThat(e.upstreamCode()).isEqualTo(131000);
  }

  @Test
  void rollsBackEjbTransactionsAndIsNotWrapped() {
    ApplicationException marker = CallingException.class.getAnnotation(ApplicationException.class);

    assertThat(marker).isNotNull();
    assertThat(marker.rollback()).isTrue();
    assertThat(marker.inherited()).isTrue();
  }

  @Test
  void subclassesPassEveryFieldThroughTheProtectedConstructor() {
    class RequestLimitException extends CallingException {
      RequestLimitException(Instant next) {
        super(ErrorCode.TOO_MANY_CPR_REQUESTS, "limit", null, next, "P4", null, null);
      }
    }
    CallingException e = new RequestLimitException(NEXT_ALLOWED);

    assertThat(e.retryAfter()).isEqualTo(NEXT_ALLOWED);
    assertThat(e.rule()).isEqualTo("P4");
    assertThat(e.resolution()).isEqualTo(ErrorCode.TOO_MANY_CPR_REQUESTS.resolution());
    assertThat(e.fields()).isEmpty();
  }
}
