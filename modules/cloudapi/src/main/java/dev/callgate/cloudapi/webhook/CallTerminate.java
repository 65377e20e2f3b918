package dev.callgate.cloudapi.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A call ended. Start, end and duration are present only when the call was answered; errors only
 * when it failed.
 */
public record CallTerminate(
    Envelope envelope,
    String callId,
    String from,
    String to,
    String direction,
    Instant timestamp,
    Outcome status,
    Instant startTime,
    Instant endTime,
    Integer durationSeconds,
    String bizOpaqueCallbackData,
    List<WebhookError> errors)
    implements WebhookEvent {

  /** Meta writes these in either case ("Completed" in one sample). */
  public enum Outcome {
    COMPLETED,
    FAILED
  }

  public CallTerminate {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  @Override
  public WebhookKind kind() {
    return WebhookKind.CALL_TERMINATE;
  }

  @Override
  public String dedupeKey() {
    return "call:" + callId + ":terminate";
  }
}
