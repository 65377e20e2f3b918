package dev.callgate.billing.internal;

import dev.callgate.billing.WalletView;
import dev.callgate.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * The prepaid wallet of one business (B5). Its balance only moves together with a new ledger line,
 * which each method returns for the caller to append in the same transaction, so the balance always
 * equals the sum of the ledger (B6). Callers hold the row's lock ({@link Wallets#lock}) while they
 * change it, so concurrent debits and top-ups apply one after the other.
 */
@Entity
@Table(name = "billing_wallet")
public class Wallet {

  @Id
  @Column(name = "business_id")
  private long businessId;

  private String currency;

  private BigDecimal balance;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Wallet() {}

  /** An empty wallet; the application opens wallets race-free in {@link Wallets#lock}. */
  Wallet(long businessId, String currency, Instant at) {
    this.businessId = businessId;
    this.currency = currency;
    this.balance = BigDecimal.ZERO;
    this.updatedAt = at;
  }

  /** Money in, keyed by the payment's reference. */
  LedgerEntry topUp(Money amount, String reference, String recordedBy, Instant at) {
    return LedgerEntry.topUp(businessId, amount, move(amount, at), reference, recordedBy, at);
  }

  /**
   * A call's cost out. Never refused for balance: a call that already happened is paid for even if
   * that takes the wallet below zero (B5).
   */
  LedgerEntry debit(
      String callId, PricedCall call, String recordedBy, Instant startedAt, Instant at) {
    Money balanceAfter = move(call.cost().negate(), at);
    return LedgerEntry.callDebit(businessId, callId, call, balanceAfter, recordedBy, startedAt, at);
  }

  /** L5: zero or negative blocks new outbound calls. */
  boolean blocked() {
    return balance.signum() <= 0;
  }

  Money balance() {
    return new Money(balance, Currency.getInstance(currency));
  }

  WalletView view() {
    return new WalletView(businessId, balance(), blocked());
  }

  private Money move(Money change, Instant at) {
    Money after = balance().plus(change);
    balance = after.amount();
    updatedAt = at;
    return after;
  }
}
