package dev.callgate.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.billing.BillingService;
import dev.callgate.billing.CallCharge;
import dev.callgate.billing.QuoteView;
import dev.callgate.billing.TopUpRequest;
import dev.callgate.billing.WalletService;
import dev.callgate.it.Deployments;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.Money;
import dev.callgate.kernel.WaId;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code chargeCall} inside the server, as the calls module will call it when a call ends (B1-B7,
 * L5). Each test opens the wallet of a business of its own: billing knows businesses by id only, so
 * no demo wallet is disturbed and no test depends on another's balance.
 */
@ExtendWith(ArquillianExtension.class)
class ChargeCallIT {

  private static final WaId INDIA = WaId.of("919812345678");
  private static final Instant STARTED = Instant.parse("2026-11-23T10:00:00Z");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(ChargeCallIT.class, LedgerCheck.class);
  }

  @Inject BillingService billing;
  @Inject WalletService wallets;
  @Inject AuditLog audit;

  @Resource(lookup = "java:jboss/datasources/CallgateDS")
  DataSource dataSource;

  private final long business = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);

  @Test
  void B2_a56SecondCallDebitsExactlyTenPulsesAtTheMarketRate() throws Exception {
    topUp("1.00");

    CallCharge charge = billing.chargeCall(business, callId(), INDIA, true, 56, STARTED);

    assertEquals(10, charge.pulses());
    assertEquals("India", charge.market());
    assertEquals(usd("0.0056"), charge.ratePerMinute());
    assertEquals(usd("0.0056"), charge.cost());
    assertFalse(charge.repeated());
    assertEquals(usd("0.9944"), wallets.wallet(business).balance());
    ledger().assertBalanceIsTheSumOfTheLedger();
  }

  @Test
  void B6_chargingTheSameCallTwiceDebitsOnce() throws Exception {
    topUp("1.00");
    String callId = callId();

    CallCharge first = billing.chargeCall(business, callId, INDIA, true, 125, STARTED);
    CallCharge again = billing.chargeCall(business, callId, INDIA, true, 125, STARTED);

    assertTrue(again.repeated());
    assertEquals(first.ledgerEntryId(), again.ledgerEntryId());
    assertEquals(first.cost(), again.cost());
    assertEquals(usd("1").minus(first.cost()), wallets.wallet(business).balance());
    assertEquals(2, ledger().lines());
  }

  @Test
  void B7_aQuoteEqualsTheDebitOfTheSameCall() {
    topUp("1.00");
    WaId kenya = WaId.of("254712345678");
    QuoteView quote = billing.quote(kenya, 187, STARTED);

    CallCharge charge = billing.chargeCall(business, callId(), kenya, true, 187, STARTED);

    assertEquals(quote.cost(), charge.cost());
    assertEquals(quote.pulses(), charge.pulses());
    assertEquals(quote.market(), charge.market());
  }

  @Test
  void B1_userInitiatedAndUnansweredCallsDebitNothingWhateverTheMarket() throws Exception {
    topUp("1.00");
    WaId unitedStates = WaId.of("16502530000");

    CallCharge inbound = billing.chargeCall(business, callId(), unitedStates, false, 300, STARTED);
    CallCharge unanswered = billing.chargeCall(business, callId(), INDIA, true, 0, STARTED);

    assertTrue(inbound.free());
    assertTrue(unanswered.free());
    assertTrue(inbound.cost().isZero());
    assertNull(inbound.market());
    assertEquals(usd("1"), wallets.wallet(business).balance());
    assertEquals(1, ledger().lines());
  }

  @Test
  void B4_aBusinessInitiatedCallToAnNaMarketIsRefusedAndDebitsNothing() throws Exception {
    topUp("1.00");

    CallingException refused =
        assertThrows(
            CallingException.class,
            () ->
                billing.chargeCall(business, callId(), WaId.of("16502530000"), true, 60, STARTED));

    assertEquals(ErrorCode.NO_RATE_FOR_MARKET, refused.code());
    assertEquals("B4", refused.rule());
    assertEquals(usd("1"), wallets.wallet(business).balance());
    assertEquals(1, ledger().lines());
  }

  @Test
  void B2_aNegativeDurationIsRefusedAsInvalid() {
    CallingException refused =
        assertThrows(
            CallingException.class,
            () -> billing.chargeCall(business, callId(), INDIA, true, -1, STARTED));

    assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
    assertEquals("durationSeconds", refused.fields().get(0).field());
  }

  @Test
  void L5_aBalanceGoingNegativeBlocksNewOutboundCallsUntilATopUpTakesItAboveZero() {
    topUp("0.01");
    billing.checkCanStartOutbound(business);

    // 10 minutes to India cost 0.056: the call is paid in full, the wallet goes negative (B5)
    billing.chargeCall(business, callId(), INDIA, true, 600, STARTED);

    assertEquals(usd("-0.046"), wallets.wallet(business).balance());
    assertTrue(wallets.wallet(business).blocked());
    CallingException refused =
        assertThrows(CallingException.class, () -> billing.checkCanStartOutbound(business));
    assertEquals(ErrorCode.INSUFFICIENT_BALANCE, refused.code());
    assertEquals(402, refused.code().httpStatus());
    assertEquals("L5", refused.rule());

    topUp("0.046");
    assertTrue(wallets.wallet(business).blocked(), "exactly zero still blocks");
    topUp("0.000001");
    assertFalse(wallets.wallet(business).blocked());
    billing.checkCanStartOutbound(business);
  }

  @Test
  void A3_everyTopUpIsAuditedWithWhoAndHowMuch() {
    topUp("4.20");

    var entry = audit.recent(business, 1).get(0);
    assertEquals("wallet.top-up", entry.action());
    assertEquals("system:billing-it", entry.principal());
    assertTrue(entry.detail().contains("4.200000 USD"), entry.detail());
  }

  private void topUp(String amount) {
    wallets.topUp(
        Actor.system(business, "billing-it"), new TopUpRequest(amount, "it-" + UUID.randomUUID()));
  }

  private LedgerCheck ledger() {
    return new LedgerCheck(dataSource, business);
  }

  private static String callId() {
    return "wacid.it-" + UUID.randomUUID();
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
