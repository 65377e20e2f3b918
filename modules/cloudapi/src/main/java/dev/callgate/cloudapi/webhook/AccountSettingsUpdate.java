package dev.callgate.cloudapi.webhook;

import java.time.Instant;

/**
 * A number's calling settings changed outside Callgate ({@code account_settings_update} of type
 * {@code PHONE_NUMBER_SETTINGS}). Each setting is null when the update does not name it.
 *
 * @param status calling {@code ENABLED} or {@code DISABLED}
 * @param callIconVisibility {@code DEFAULT}, {@code DISABLE_ALL} (or {@code HIDE_IN_CHAT})
 */
public record AccountSettingsUpdate(
    Envelope envelope,
    String phoneNumberId,
    Instant timestamp,
    String status,
    String callIconVisibility,
    String callbackPermissionStatus,
    String sipStatus,
    String srtpKeyExchangeProtocol)
    implements WebhookEvent {

  @Override
  public WebhookKind kind() {
    return WebhookKind.ACCOUNT_SETTINGS;
  }

  @Override
  public String dedupeKey() {
    return "settings:"
        + phoneNumberId
        + ":"
        + (timestamp == null ? "unknown" : timestamp.getEpochSecond());
  }
}
