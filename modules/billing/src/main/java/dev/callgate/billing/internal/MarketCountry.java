package dev.callgate.billing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Which market of a card prices a consumer country (ISO 3166 alpha-2). */
@Entity
@Immutable
@Table(name = "billing_market_country")
public class MarketCountry {

  @Id private long id;

  private String country;

  private String market;

  protected MarketCountry() {}

  String country() {
    return country;
  }

  String market() {
    return market;
  }
}
