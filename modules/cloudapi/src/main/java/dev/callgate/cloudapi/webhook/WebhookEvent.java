package dev.callgate.cloudapi.webhook;

/**
 * One fact a webhook delivery reports. A delivery may carry several; the same fact may arrive in
 * several deliveries, so {@link #dedupeKey()} identifies the fact, not the delivery.
 */
public sealed interface WebhookEvent
    permits CallConnect,
        CallStatus,
        CallTerminate,
        PermissionReply,
        PermissionStatus,
        CustomerMessage,
        TemplateStatusUpdate,
        AccountSettingsUpdate {

  /** Where the event came from (WABA, business number). */
  Envelope envelope();

  WebhookKind kind();

  /** Equal for the same fact however often, and in whichever delivery, it arrives. */
  String dedupeKey();

  /** The WhatsApp call id (wacid) the event is about, or null. */
  default String callId() {
    return null;
  }

  /** The WhatsApp message id (wamid) the event is about, or null. */
  default String messageId() {
    return null;
  }
}
