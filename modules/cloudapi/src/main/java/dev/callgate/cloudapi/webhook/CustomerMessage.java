package dev.callgate.cloudapi.webhook;

import java.time.Instant;

/**
 * A customer wrote to the business (any ordinary message on the {@code messages} field). Callgate
 * does not keep chat; it only needs to know the customer service window opened (T3).
 *
 * @param type Meta's message type ({@code text}, {@code image}, {@code button}, ...)
 */
public record CustomerMessage(
    Envelope envelope, String messageId, String from, Instant timestamp, String type)
    implements WebhookEvent {

  @Override
  public WebhookKind kind() {
    return WebhookKind.CUSTOMER_MESSAGE;
  }

  @Override
  public String dedupeKey() {
    return "msg:" + messageId;
  }
}
