package dev.callgate.billing.internal;

import dev.callgate.billing.BillingService;
import dev.callgate.billing.CallCharge;
import dev.callgate.billing.QuoteView;
import dev.callgate.billing.RateCardView;
import dev.callgate.billing.RateView;
import dev.callgate.billing.WalletBlocked;
import dev.callgate.billing.WalletView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.WaId;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Pricing and charging calls: finds the card and the wallet, lets the policies decide. */
@Stateless
public class DefaultBillingService implements BillingService {

  private static final String NEGATIVE = "must not be negative";

  /** Who the ledger says debited a call: the call's end, whoever reported it. */
  private static final String CALL_ENDED = "system:call-ended";

  @Inject private RateCards cards;

  @Inject private Wallets wallets;

  @Inject private BillingSettings settings;

  @Inject private Clock clock;

  @Inject private Event<WalletBlocked> blocked;

  @Override
  public RateView rateFor(WaId waId, Instant at) {
    return cards.inForceAt(at).rateFor(waId.country());
  }

  @Override
  public QuoteView quote(WaId waId, int seconds, Instant at) {
    refuse(seconds < 0 ? new FieldProblem("seconds", NEGATIVE) : null);
    return settings.pricing().price(waId, rateFor(waId, at), seconds).quote();
  }

  @Override
  public RateCardView rateCard(Instant at) {
    return cards.inForceAt(at).view();
  }

  @Override
  public CallCharge chargeCall(
      long businessId,
      String callId,
      WaId waId,
      boolean businessInitiated,
      int durationSeconds,
      Instant startedAt) {
    refuse(
        callId == null || callId.isBlank() ? new FieldProblem("callId", "is required") : null,
        durationSeconds < 0 ? new FieldProblem("durationSeconds", NEGATIVE) : null);
    PulsePricing pricing = settings.pricing();
    if (!pricing.billable(businessInitiated, durationSeconds)) {
      return CallCharge.free(callId, durationSeconds, settings.currency());
    }
    PricedCall call = pricing.price(waId, rateFor(waId, startedAt), durationSeconds);
    Wallet wallet = wallets.lock(businessId);
    Optional<LedgerEntry> earlier = wallets.debitOf(businessId, callId);
    if (earlier.isPresent()) {
      return earlier.get().charge(true);
    }
    boolean wasBlocked = wallet.blocked();
    Instant now = clock.instant();
    LedgerEntry debit = wallets.append(wallet.debit(callId, call, CALL_ENDED, startedAt, now));
    if (!wasBlocked && wallet.blocked()) {
      blocked.fire(new WalletBlocked(businessId, wallet.balance(), callId, now));
    }
    return debit.charge(false);
  }

  /**
   * The interface's constraints, checked here as well: method validation is not applied to these
   * EJBs in the server (a negative duration reached the pricing unchecked).
   */
  private static void refuse(FieldProblem... problems) {
    List<FieldProblem> found = Stream.of(problems).filter(Objects::nonNull).toList();
    if (!found.isEmpty()) {
      throw CallingException.validation(found);
    }
  }

  @Override
  public void checkCanStartOutbound(long businessId) {
    WalletView wallet = wallets.view(businessId);
    if (wallet.blocked()) {
      throw CallingException.of(
              ErrorCode.INSUFFICIENT_BALANCE,
              "The wallet balance is "
                  + wallet.balance().rounded().toPlainString()
                  + " "
                  + wallet.currency()
                  + ": business-initiated calls start again once a top-up takes it above zero")
          .rule("L5");
    }
  }
}
