package dev.callgate.billing;

import dev.callgate.kernel.Money;

/**
 * A business's prepaid wallet (B5). {@code blocked} while the balance is zero or negative: no new
 * business-initiated call may start (L5), though calls already running go on.
 */
public record WalletView(long businessId, Money balance, boolean blocked) {

  public String currency() {
    return balance.currency().getCurrencyCode();
  }
}
