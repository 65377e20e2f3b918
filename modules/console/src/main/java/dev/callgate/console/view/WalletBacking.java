package dev.callgate.console.view;

import dev.callgate.billing.BillingService;
import dev.callgate.billing.MarketRateView;
import dev.callgate.billing.QuoteView;
import dev.callgate.billing.RateCardView;
import dev.callgate.billing.TopUpRequest;
import dev.callgate.billing.TopUpResult;
import dev.callgate.billing.WalletService;
import dev.callgate.billing.WalletView;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.WaId;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

/**
 * The business's wallet: balance, a banner while outbound calls are blocked (L5), the paged ledger,
 * the rate card in force with a quote calculator, and top-ups. Every agent sees the wallet; only
 * owners and superadmins may top it up, which this bean checks itself rather than trust the page to
 * hide the form.
 */
@Named
@ViewScoped
public class WalletBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WalletService wallets;

  @Inject private BillingService billing;

  @Inject private CurrentAgent me;

  private transient WalletView wallet;
  private transient RateCardView rateCard;
  private LedgerModel ledger;

  private String amount;
  private String reference;

  private String quoteWaId;
  private Integer quoteSeconds;
  private transient QuoteView quote;

  public WalletView getWallet() {
    if (wallet == null) {
      wallet = wallets.wallet(me.getBusinessId());
    }
    return wallet;
  }

  public LedgerModel getLedger() {
    if (ledger == null) {
      ledger = new LedgerModel(wallets, me.getBusinessId());
    }
    return ledger;
  }

  public RateCardView getRateCard() {
    if (rateCard == null) {
      rateCard = billing.rateCard(now());
    }
    return rateCard;
  }

  /** The countries a row prices; the fallback row prices every country the card does not list. */
  public String countries(MarketRateView market) {
    if (market.countries().isEmpty() && market.market().equals(getRateCard().fallbackMarket())) {
      return "every country not listed";
    }
    return String.join(", ", market.countries());
  }

  public boolean isMayTopUp() {
    return me.isAdministrator();
  }

  public void topUp() {
    if (!isMayTopUp()) {
      Messages.error(null, "Only owners and superadmins can top up the wallet");
      return;
    }
    try {
      TopUpResult result = wallets.topUp(me.actor(), new TopUpRequest(amount, reference));
      if (result.credited()) {
        Messages.info("Wallet credited", "Reference " + result.entry().reference());
      } else {
        Messages.info(
            "Already credited", "Reference " + result.entry().reference() + " was used before");
      }
      amount = null;
      reference = null;
      wallet = null;
    } catch (CallingException refused) {
      Messages.refused(refused);
    }
  }

  /** Prices a call starting now with the card in force; a refusal is shown, never thrown. */
  public void quote() {
    quote = null;
    try {
      quote = billing.quote(WaId.of(quoteWaId), quoteSeconds, now());
    } catch (CallingException refused) {
      Messages.refused(refused);
    }
  }

  /**
   * The application's shared clock, looked up when needed: it is not serializable, so this
   * view-scoped bean cannot hold it, and Weld refuses to inject it even through {@code Instance}.
   */
  private static Instant now() {
    return CDI.current().select(Clock.class).get().instant();
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getQuoteWaId() {
    return quoteWaId;
  }

  public void setQuoteWaId(String quoteWaId) {
    this.quoteWaId = quoteWaId;
  }

  public Integer getQuoteSeconds() {
    return quoteSeconds;
  }

  public void setQuoteSeconds(Integer quoteSeconds) {
    this.quoteSeconds = quoteSeconds;
  }

  public QuoteView getQuote() {
    return quote;
  }
}
