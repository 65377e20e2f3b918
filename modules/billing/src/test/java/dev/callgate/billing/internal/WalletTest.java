package dev.callgate.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.billing.CallCharge;
import dev.callgate.billing.QuoteView;
import dev.callgate.kernel.Money;
import dev.callgate.kernel.WaId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules B5, B6, B7 and L5 on one wallet, without a database. */
class WalletTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final WaId INDIA = WaId.of("919812345678");

  private final RateTable card = ShippedRateCard.table();
  private final PulsePricing pricing = new PulsePricing(6);
  private final Wallet wallet = new Wallet(7, "USD", NOW);
  private final List<LedgerEntry> ledger = new ArrayList<>();

  @Test
  void L5_aNewWalletIsEmptyAndBlocksOutboundCalls() {
    assertThat(wallet.balance()).isEqualTo(Money.zero("USD"));
    assertThat(wallet.blocked()).isTrue();
  }

  @Test
  void B5_aTopUpCreditsTheWalletAndUnblocksIt() {
    LedgerEntry line = append(wallet.topUp(usd("1.50"), "pay-1", "agent:priya", NOW));

    assertThat(line.amount()).isEqualTo(usd("1.50"));
    assertThat(line.balanceAfter()).isEqualTo(usd("1.50"));
    assertThat(wallet.blocked()).isFalse();
  }

  @Test
  void B5_aCallIsDebitedEvenBelowZeroAndThenBlocksNewOutboundCalls() {
    append(wallet.topUp(usd("0.01"), "pay-1", "agent:priya", NOW));

    // 10 minutes to India is 0.056: more than the wallet holds, debited all the same
    LedgerEntry debit = append(wallet.debit("call-1", india(600), "system:test", NOW, NOW));

    assertThat(debit.amount()).isEqualTo(usd("-0.056"));
    assertThat(wallet.balance()).isEqualTo(usd("-0.046"));
    assertThat(wallet.blocked()).isTrue();
  }

  @Test
  void L5_aBalanceOfExactlyZeroBlocksAndOneAboveZeroUnblocks() {
    append(wallet.topUp(usd("0.0056"), "pay-1", "agent:priya", NOW));
    append(wallet.debit("call-1", india(56), "system:test", NOW, NOW));
    assertThat(wallet.balance().isZero()).isTrue();
    assertThat(wallet.blocked()).isTrue();

    append(wallet.topUp(usd("0.000001"), "pay-2", "agent:priya", NOW));
    assertThat(wallet.blocked()).isFalse();
  }

  @Test
  void B6_theBalanceIsAlwaysTheSumOfTheLedger() {
    append(wallet.topUp(usd("5"), "pay-1", "agent:priya", NOW));
    append(wallet.debit("call-1", india(56), "system:test", NOW, NOW));
    append(wallet.debit("call-2", india(7), "system:test", NOW, NOW));
    append(wallet.topUp(usd("0.25"), "pay-2", "api-key:cg_demo", NOW));

    Money sum = ledger.stream().map(LedgerEntry::amount).reduce(Money.zero("USD"), Money::plus);
    assertThat(wallet.balance()).isEqualTo(sum).isEqualTo(usd("5.243280"));
    assertThat(ledger.get(ledger.size() - 1).balanceAfter()).isEqualTo(sum);
  }

  @Test
  void B7_aQuoteEqualsTheDebitOfTheSameCall() {
    QuoteView quote = india(56).quote();

    CallCharge charge =
        append(wallet.debit("call-1", india(56), "system:test", NOW, NOW)).charge(false);

    assertThat(charge.cost()).isEqualTo(quote.cost());
    assertThat(charge.pulses()).isEqualTo(quote.pulses()).isEqualTo(10);
    assertThat(charge.market()).isEqualTo(quote.market());
    assertThat(charge.ratePerMinute()).isEqualTo(quote.ratePerMinute());
    assertThat(wallet.balance()).isEqualTo(quote.cost().negate());
  }

  private PricedCall india(int seconds) {
    return pricing.price(INDIA, card.rateFor(INDIA.country()), seconds);
  }

  private LedgerEntry append(LedgerEntry line) {
    ledger.add(line);
    return line;
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
