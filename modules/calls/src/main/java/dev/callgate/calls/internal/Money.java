package dev.callgate.calls.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a call's cost is written. */
final class Money {

  private Money() {}

  /** At least six places (B3), never rounded: an exact cost with more places keeps them. */
  static String sixPlaces(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    return (amount.scale() < 6 ? amount.setScale(6, RoundingMode.UNNECESSARY) : amount)
        .toPlainString();
  }
}
