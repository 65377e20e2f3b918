package dev.callgate.kernel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency. Amounts keep at least 6 decimal places (B3) and are never
 * rounded here: a per-pulse cost such as 0.00056 must survive being summed over many calls.
 *
 * <p>The scale is normalised in the constructor (trailing zeros dropped, then padded to 6) so that
 * record equality treats {@code 1.5} and {@code 1.500000} as the same amount.
 */
public record Money(BigDecimal amount, Currency currency) implements Serializable {

  static final int STORED_SCALE = 6;
  static final int DISPLAY_SCALE = 4;

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    BigDecimal stripped = amount.stripTrailingZeros();
    amount = stripped.setScale(Math.max(STORED_SCALE, stripped.scale()));
  }

  /** Parses a decimal string such as {@code "0.0056"}; binary floating point never enters. */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public static Money zero(String currencyCode) {
    return new Money(BigDecimal.ZERO, Currency.getInstance(currencyCode));
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** Exact product; the result keeps every decimal the factor brings. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public int signum() {
    return amount.signum();
  }

  public boolean isNegative() {
    return signum() < 0;
  }

  public boolean isZero() {
    return signum() == 0;
  }

  public boolean isPositive() {
    return signum() > 0;
  }

  public boolean isLessThan(Money other) {
    return amount.compareTo(sameCurrency(other).amount) < 0;
  }

  public boolean isGreaterThan(Money other) {
    return amount.compareTo(sameCurrency(other).amount) > 0;
  }

  /** The JSON money format: plain decimal with its full scale, e.g. {@code "0.005600"}. */
  public String plain() {
    return amount.toPlainString();
  }

  /** For display only (B3): never store or add the rounded value. */
  public BigDecimal rounded() {
    return amount.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return plain() + " " + currency.getCurrencyCode();
  }

  private Money sameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine "
              + currency.getCurrencyCode()
              + " with "
              + other.currency.getCurrencyCode());
    }
    return other;
  }
}
