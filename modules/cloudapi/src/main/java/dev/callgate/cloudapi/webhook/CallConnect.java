package dev.callgate.cloudapi.webhook;

import java.time.Instant;

/**
 * A call connects: a user-initiated call offers its SDP, a business-initiated one answers.
 *
 * @param direction {@code USER_INITIATED} or {@code BUSINESS_INITIATED}
 * @param sdpType {@code offer} (UIC) or {@code answer} (BIC)
 * @param contactName the WhatsApp profile name of the user, when the delivery names it
 */
public record CallConnect(
    Envelope envelope,
    String callId,
    String from,
    String to,
    String direction,
    Instant timestamp,
    String sdpType,
    String sdp,
    String contactName,
    String deeplinkPayload,
    String ctaPayload,
    String bizOpaqueCallbackData)
    implements WebhookEvent {

  @Override
  public WebhookKind kind() {
    return WebhookKind.CALL_CONNECT;
  }

  @Override
  public String dedupeKey() {
    return "call:" + callId + ":connect";
  }
}
