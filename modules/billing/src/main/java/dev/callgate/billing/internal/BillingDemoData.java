package dev.callgate.billing.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.BusinessView;
import dev.callgate.billing.TopUpRequest;
import dev.callgate.billing.WalletService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives each demo business a wallet with an opening balance when {@code callgate.demo.enabled} is
 * true, so the demo can place calls at once. It runs after accounts has seeded the businesses
 * ({@code accounts.jar#DemoData}: a singleton of another module of the EAR, named as the EJB spec
 * names one) and only for businesses whose wallet never had a line, so a restart or a spent demo
 * wallet is left alone.
 */
@Singleton
@Startup
@DependsOn({"BillingSchema", "accounts.jar#DemoData"})
public class BillingDemoData {

  /** The top-up reference of the opening balance; being a reference, it can credit only once. */
  static final String REFERENCE = "demo-opening-balance";

  private static final Logger LOG = Logger.getLogger(BillingDemoData.class.getName());

  @EJB private BusinessService businesses;

  @EJB private WalletService walletService;

  @Inject private Wallets wallets;

  @Inject
  @ConfigProperty(name = "callgate.demo.enabled", defaultValue = "false")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "callgate.billing.demo.opening-balance")
  private String openingBalance;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    int seeded = 0;
    for (BusinessView business : businesses.businesses()) {
      if (wallets.exists(business.id()).isEmpty()) {
        walletService.topUp(
            Actor.system(business.id(), "demo-data"), new TopUpRequest(openingBalance, REFERENCE));
        seeded++;
      }
    }
    int count = seeded;
    LOG.info(() -> "Demo wallets: " + count + " opened with " + openingBalance + " each");
  }
}
