package dev.callgate.cloudapi.webhook;

/**
 * 360dialog's flat {@code {"event":"call_permission_status", ...}} body. It names neither a message
 * id nor a time, so the same status for the same user counts as the same fact.
 *
 * @param status as 360dialog writes it, for example {@code GRANTED}
 */
public record PermissionStatus(Envelope envelope, String recipient, String status)
    implements WebhookEvent {

  @Override
  public WebhookKind kind() {
    return WebhookKind.PERMISSION_STATUS;
  }

  @Override
  public String dedupeKey() {
    return "permission:" + envelope.wabaId() + ":" + recipient + ":" + status;
  }
}
