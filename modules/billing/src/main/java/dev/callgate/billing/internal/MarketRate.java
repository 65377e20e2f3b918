package dev.callgate.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** A row of a rate card: a market and its rate per minute, or no rate for an N/A market. */
@Entity
@Immutable
@Table(name = "billing_rate")
public class MarketRate {

  @Id private long id;

  private String market;

  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "rate_per_minute")
  private BigDecimal ratePerMinute;

  protected MarketRate() {}

  RateTable.Row row() {
    return new RateTable.Row(market, countryCode, ratePerMinute);
  }
}
