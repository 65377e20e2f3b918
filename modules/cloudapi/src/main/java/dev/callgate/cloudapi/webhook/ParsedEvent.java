package dev.callgate.cloudapi.webhook;

/**
 * An event with a delivery of its own: {@code payload} is a JSON body holding only this event,
 * which {@link WebhookParser#parse(byte[])} turns back into it. Processing stores and replays that
 * payload rather than the whole delivery.
 */
public record ParsedEvent(WebhookEvent event, String payload) {}
