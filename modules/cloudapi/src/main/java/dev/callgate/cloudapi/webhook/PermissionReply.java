package dev.callgate.cloudapi.webhook;

import java.time.Instant;

/**
 * A user's answer to a call permission request ({@code interactive.call_permission_reply}).
 *
 * @param accepted true for {@code accept}, false for {@code reject}
 * @param expiresAt when a temporary permission ends; null for permanent ones and rejections
 * @param responseSource {@code user_action} or {@code automatic}
 * @param contextId the request message (wamid) or call (wacid) answered; null when the grant came
 *     from the business profile or was an automatic revocation
 */
public record PermissionReply(
    Envelope envelope,
    String messageId,
    String from,
    Instant timestamp,
    boolean accepted,
    boolean permanent,
    Instant expiresAt,
    String responseSource,
    String contextId)
    implements WebhookEvent {

  @Override
  public WebhookKind kind() {
    return WebhookKind.PERMISSION_REPLY;
  }

  @Override
  public String dedupeKey() {
    return "msg:" + messageId;
  }
}
