package dev.callgate.billing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code callgate.billing.*} configuration; the defaults are in this module's config file. */
@ApplicationScoped
public class BillingSettings {

  @Inject
  @ConfigProperty(name = "callgate.billing.pulse-seconds")
  int pulseSeconds;

  @Inject
  @ConfigProperty(name = "callgate.billing.currency")
  String currency;

  @Inject
  @ConfigProperty(name = "callgate.billing.top-up.max-amount")
  BigDecimal maxTopUp;

  @Inject
  @ConfigProperty(name = "callgate.billing.ledger.default-page-size")
  int defaultPageSize;

  @Inject
  @ConfigProperty(name = "callgate.billing.ledger.max-page-size")
  int maxPageSize;

  public PulsePricing pricing() {
    return new PulsePricing(pulseSeconds);
  }

  public TopUpPolicy topUps() {
    return new TopUpPolicy(currency, maxTopUp);
  }

  public String currency() {
    return currency;
  }

  public int defaultPageSize() {
    return defaultPageSize;
  }

  public int maxPageSize() {
    return maxPageSize;
  }
}
