package dev.callgate.api.soap.types;

import dev.callgate.billing.WalletView;
import jakarta.xml.bind.annotation.XmlType;

/** The prepaid wallet; {@code blocked} once outbound calls are refused for balance (L5). */
@XmlType(
    name = "WalletBalance",
    propOrder = {"balance", "currency", "blocked"})
public class WalletBalance {

  public String balance;
  public String currency;
  public boolean blocked;

  public static WalletBalance of(WalletView wallet) {
    WalletBalance w = new WalletBalance();
    w.balance = wallet.balance().plain();
    w.currency = wallet.currency();
    w.blocked = wallet.blocked();
    return w;
  }
}
