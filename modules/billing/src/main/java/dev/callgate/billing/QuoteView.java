package dev.callgate.billing;

import dev.callgate.kernel.Money;
import java.time.Instant;

/**
 * What a connected business-initiated call of {@code seconds} to {@code waId} costs (B2, B3); the
 * same amount a call of that length would be debited (B7). {@code cost} is exact; round it to 4
 * decimals only for display ({@link Money#rounded()}).
 */
public record QuoteView(
    String waId,
    String country,
    String market,
    Money ratePerMinute,
    int seconds,
    long pulses,
    Money cost,
    long rateCardId,
    Instant effectiveFrom) {

  public String currency() {
    return cost.currency().getCurrencyCode();
  }
}
