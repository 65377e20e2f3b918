package dev.callgate.billing;

import dev.callgate.kernel.Money;
import java.util.List;

/**
 * One row of a rate card. {@code ratePerMinute} is null for a market the card marks N/A, which
 * cannot be called (B4).
 *
 * @param countryCode as the card prints it: {@code +91}, or {@code Various} for a region
 * @param countries the ISO countries the card prices with this row; empty for the fallback market,
 *     which prices every country the card does not list
 */
public record MarketRateView(
    String market, String countryCode, Money ratePerMinute, List<String> countries) {

  public boolean available() {
    return ratePerMinute != null;
  }
}
