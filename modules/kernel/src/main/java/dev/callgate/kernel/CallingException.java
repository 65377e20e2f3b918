package dev.callgate.kernel;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A refusal that reaches the integrator as the error shape of {@code integrator-api.md}. Marked as
 * an application exception so that an EJB rolls back its transaction and the REST and SOAP layers
 * receive this exception itself, not an {@code EJBException} wrapping it.
 *
 * <p>Instances are immutable: {@code CallingException.of(code, message).retryAfter(t).rule("P4")}
 * returns a new exception at each step. Module-specific subclasses pass all fields to the protected
 * constructor instead.
 */
@ApplicationException(rollback = true)
public class CallingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String resolution;
  private final Instant retryAfter;
  private final String rule;
  private final Integer upstreamCode;
  private final List<FieldProblem> fields;

  protected CallingException(
      ErrorCode code,
      String message,
      String resolution,
      Instant retryAfter,
      String rule,
      Integer upstreamCode,
      List<FieldProblem> fields) {
    super(message == null ? Objects.requireNonNull(code, "code").title() : message);
    this.code = Objects.requireNonNull(code, "code");
    this.resolution = resolution == null ? code.resolution() : resolution;
    this.retryAfter = retryAfter;
    this.rule = rule;
    this.upstreamCode = upstreamCode;
    this.fields = fields == null ? List.of() : List.copyOf(fields);
  }

  protected CallingException(ErrorCode code, String message) {
    this(code, message, null, null, null, null, null);
  }

  public static CallingException of(ErrorCode code, String message) {
    return new CallingException(code, message);
  }

  /** A {@code validation_failed} error that lists every problem at once, not just the first. */
  public static CallingException validation(List<FieldProblem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one field problem");
    }
    String names = String.join(", ", problems.stream().map(FieldProblem::field).toList());
    String message =
        problems.size() == 1
            ? "1 field invalid: " + names
            : problems.size() + " fields invalid: " + names;
    return new CallingException(
        ErrorCode.VALIDATION_FAILED, message, null, null, null, null, problems);
  }

  public CallingException retryAfter(Instant instant) {
    return copy(resolution, instant, rule, upstreamCode, fields);
  }

  public CallingException rule(String ruleId) {
    return copy(resolution, retryAfter, ruleId, upstreamCode, fields);
  }

  public CallingException upstreamCode(Integer cloudApiCode) {
    return copy(resolution, retryAfter, rule, cloudApiCode, fields);
  }

  public CallingException resolution(String text) {
    return copy(text, retryAfter, rule, upstreamCode, fields);
  }

  public CallingException fields(List<FieldProblem> problems) {
    return copy(resolution, retryAfter, rule, upstreamCode, problems);
  }

  /** Keeps the underlying failure (e.g. the Cloud API's I/O error) for the server log. */
  public CallingException causedBy(Throwable cause) {
    CallingException copy =
        new CallingException(
            code, getMessage(), resolution, retryAfter, rule, upstreamCode, fields);
    copy.initCause(cause);
    return copy;
  }

  private CallingException copy(
      String resolution,
      Instant retryAfter,
      String rule,
      Integer upstreamCode,
      List<FieldProblem> fields) {
    CallingException copy =
        new CallingException(
            code, getMessage(), resolution, retryAfter, rule, upstreamCode, fields);
    if (getCause() != null) {
      copy.initCause(getCause());
    }
    return copy;
  }

  public ErrorCode code() {
    return code;
  }

  /** The specific message, e.g. which limit was hit for which customer. */
  public String message() {
    return getMessage();
  }

  public String resolution() {
    return resolution;
  }

  /** When the refusal ends, if that is known; {@code null} otherwise. */
  public Instant retryAfter() {
    return retryAfter;
  }

  /** The id of the rule in {@code calling-rules.md} that refused, or {@code null}. */
  public String rule() {
    return rule;
  }

  /** The Cloud API's own error code when the refusal came from upstream, or {@code null}. */
  public Integer upstreamCode() {
    return upstreamCode;
  }

  /** Never {@code null}; empty unless this is a validation error. */
  public List<FieldProblem> fields() {
    return fields;
  }
}
