package dev.callgate.cloudapi.webhook;

/**
 * A message template changed status ({@code message_template_status_update}).
 *
 * @param event {@code APPROVED}, {@code REJECTED}, {@code PAUSED}, ...
 * @param reason Meta's reason; {@code NONE} when there is none
 */
public record TemplateStatusUpdate(
    Envelope envelope, String templateId, String name, String language, String event, String reason)
    implements WebhookEvent {

  @Override
  public WebhookKind kind() {
    return WebhookKind.TEMPLATE_STATUS;
  }

  @Override
  public String dedupeKey() {
    // the entry's time tells a redelivery from a second report of the same status (re-approval)
    String time = envelope.time() == null ? "" : ":" + envelope.time().getEpochSecond();
    return "template:" + templateId + ":" + event + time;
  }
}
