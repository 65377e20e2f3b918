package dev.callgate.billing;

import dev.callgate.kernel.Money;
import java.time.Instant;

/**
 * The price per minute of calls to one consumer country, as one rate card sets it (B4).
 *
 * @param country the consumer number's ISO 3166 country, e.g. {@code PR} for +1 787
 * @param market the card's market that prices that country, e.g. "Rest of Latin America"
 * @param rateCardId the card version the rate comes from (B7)
 * @param effectiveFrom when that card came into force
 */
public record RateView(
    String country, String market, Money ratePerMinute, long rateCardId, Instant effectiveFrom) {}
