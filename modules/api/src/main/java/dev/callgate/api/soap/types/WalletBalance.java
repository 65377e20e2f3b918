package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlType;

/** The prepaid wallet; {@code blocked} once outbound calls are refused for balance (L5). */
@XmlType(
    name = "WalletBalance",
    propOrder = {"balance", "currency", "blocked"})
public class WalletBalance {

  public String balance;
  public String currency;
  public boolean blocked;
}
