package dev.callgate.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;

/**
 * One version of the rate card with its rows and its country map, as a migration shipped it. Cards
 * are data: nothing in the application writes them, so Hibernate treats them as read-only.
 */
@Entity
@Immutable
@Table(name = "billing_rate_card")
@NamedQuery(name = RateCard.ALL, query = "select c from RateCard c order by c.effectiveFrom")
public class RateCard {

  static final String ALL = "RateCard.all";

  @Id private long id;

  @Column(name = "effective_from")
  private Instant effectiveFrom;

  private String currency;

  @Column(name = "fallback_market")
  private String fallbackMarket;

  @OneToMany(fetch = FetchType.LAZY)
  @JoinColumn(name = "card_id")
  @OrderBy("id")
  private List<MarketRate> rates;

  @OneToMany(fetch = FetchType.LAZY)
  @JoinColumn(name = "card_id")
  private List<MarketCountry> countries;

  protected RateCard() {}

  RateCardSchedule.Version version() {
    return new RateCardSchedule.Version(id, effectiveFrom);
  }

  /** The card as the pricing rules read it; loads the rows, so call it in a transaction. */
  RateTable table() {
    Map<String, String> marketOfCountry =
        countries.stream().collect(Collectors.toMap(MarketCountry::country, MarketCountry::market));
    return new RateTable(
        id,
        effectiveFrom,
        currency,
        fallbackMarket,
        rates.stream().map(MarketRate::row).toList(),
        marketOfCountry);
  }
}
