package dev.callgate.calls;

/**
 * What a delivery brought.
 *
 * @param events the events it carried
 * @param fresh those seen for the first time (the rest were duplicates)
 */
public record WebhookReceipt(long deliveryId, int events, int fresh) {}
