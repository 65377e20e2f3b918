package dev.callgate.cloudapi.webhook;

import java.time.Instant;

/** A business-initiated call rings, is accepted or is rejected by the user. */
public record CallStatus(
    Envelope envelope,
    String callId,
    Status status,
    Instant timestamp,
    String recipientId,
    String bizOpaqueCallbackData)
    implements WebhookEvent {

  /** The statuses Meta reports for a BIC. */
  public enum Status {
    RINGING,
    ACCEPTED,
    REJECTED
  }

  @Override
  public WebhookKind kind() {
    return WebhookKind.CALL_STATUS;
  }

  @Override
  public String dedupeKey() {
    return "call:" + callId + ":status:" + status;
  }
}
