package dev.callgate.billing;

import java.time.Instant;
import java.util.List;

/**
 * One version of the rate card (B7), in the order the card lists its markets.
 *
 * @param fallbackMarket the market of every country the card does not list ("Other")
 */
public record RateCardView(
    long id,
    Instant effectiveFrom,
    String currency,
    String fallbackMarket,
    List<MarketRateView> markets) {}
