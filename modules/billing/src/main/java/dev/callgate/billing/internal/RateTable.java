package dev.callgate.billing.internal;

import dev.callgate.billing.MarketRateView;
import dev.callgate.billing.RateCardView;
import dev.callgate.billing.RateView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule B4 on one version of the rate card: which market prices a consumer country, and at what
 * rate. The country maps to its own market or to its region's "Rest of" market; a country the card
 * does not list falls to the card's fallback market ("Other"). A market without a rate is N/A and
 * refuses to price.
 */
public final class RateTable {

  /** One row of the card; a null rate is N/A. */
  public record Row(String market, String countryCode, BigDecimal ratePerMinute) {}

  private final long id;
  private final Instant effectiveFrom;
  private final Currency currency;
  private final String fallbackMarket;
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Map<String, String> marketOfCountry;

  public RateTable(
      long id,
      Instant effectiveFrom,
      String currency,
      String fallbackMarket,
      List<Row> rows,
      Map<String, String> marketOfCountry) {
    this.id = id;
    this.effectiveFrom = effectiveFrom;
    this.currency = Currency.getInstance(currency);
    this.fallbackMarket = fallbackMarket;
    rows.forEach(row -> this.rows.put(row.market(), row));
    this.marketOfCountry = Map.copyOf(marketOfCountry);
  }

  /** The market that prices calls to {@code country} (ISO 3166 alpha-2). */
  public String marketOf(String country) {
    String market = marketOfCountry.get(country);
    return market != null && rows.containsKey(market) ? market : fallbackMarket;
  }

  /** The rate for calls to {@code country}; {@code no_rate_for_market} for an N/A market. */
  public RateView rateFor(String country) {
    String market = marketOf(country);
    Row row = rows.get(market);
    if (row == null || row.ratePerMinute() == null) {
      throw CallingException.of(
              ErrorCode.NO_RATE_FOR_MARKET,
              "Calls to "
                  + country
                  + " cannot be priced: the rate card in force marks "
                  + market
                  + " N/A")
          .rule("B4");
    }
    return new RateView(
        country, market, new Money(row.ratePerMinute(), currency), id, effectiveFrom);
  }

  public RateCardView view() {
    Map<String, List<String>> countries = new LinkedHashMap<>();
    marketOfCountry.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> countries.computeIfAbsent(e.getValue(), m -> new ArrayList<>()).add(e.getKey()));
    List<MarketRateView> markets =
        rows.values().stream()
            .map(
                row ->
                    new MarketRateView(
                        row.market(),
                        row.countryCode(),
                        row.ratePerMinute() == null
                            ? null
                            : new Money(row.ratePerMinute(), currency),
                        List.copyOf(countries.getOrDefault(row.market(), List.of()))))
            .toList();
    return new RateCardView(id, effectiveFrom, currency.getCurrencyCode(), fallbackMarket, markets);
  }

  public long id() {
    return id;
  }
}
