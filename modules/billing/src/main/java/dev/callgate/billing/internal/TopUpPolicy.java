package dev.callgate.billing.internal;

import dev.callgate.billing.TopUpRequest;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a top-up must look like before it may touch a wallet: a positive plain decimal (no exponent,
 * no sign) with at most the 6 decimals money keeps (B3), not above the configured maximum, and a
 * printable reference that fits the ledger. Every problem is reported at once.
 */
public final class TopUpPolicy {

  /** The decimals of the contract's money strings ("0.005600"); finer amounts cannot be paid. */
  private static final int MAX_DECIMALS = 6;

  /** The ledger's reference column. */
  static final int MAX_REFERENCE_LENGTH = 100;

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cc}\\p{Cf}]+");

  private final Currency currency;
  private final BigDecimal maxAmount;

  public TopUpPolicy(String currency, BigDecimal maxAmount) {
    this.currency = Currency.getInstance(currency);
    this.maxAmount = maxAmount;
  }

  /** The amount as money of the wallet's currency; {@code validation_failed} otherwise. */
  public Money amount(TopUpRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    BigDecimal amount = amount(request.amount(), problems);
    reference(request.reference(), problems);
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    return new Money(amount, currency);
  }

  /** The reference as stored: surrounding spaces are not part of a payment's identifier. */
  public static String reference(TopUpRequest request) {
    return request.reference().strip();
  }

  private BigDecimal amount(String raw, List<FieldProblem> problems) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      problems.add(new FieldProblem("amount", "is required"));
      return null;
    }
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      problems.add(new FieldProblem("amount", "must be a positive decimal number such as 25.50"));
      return null;
    }
    BigDecimal amount = new BigDecimal(text);
    if (amount.signum() == 0) {
      problems.add(new FieldProblem("amount", "must be greater than zero"));
    } else if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
      problems.add(
          new FieldProblem("amount", "must have at most " + MAX_DECIMALS + " decimal places"));
    } else if (amount.compareTo(maxAmount) > 0) {
      problems.add(
          new FieldProblem(
              "amount",
              "must not exceed "
                  + maxAmount.toPlainString()
                  + " "
                  + currency.getCurrencyCode()
                  + " in one top-up"));
    }
    return amount;
  }

  private static void reference(String raw, List<FieldProblem> problems) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      problems.add(new FieldProblem("reference", "is required"));
    } else if (text.length() > MAX_REFERENCE_LENGTH) {
      problems.add(
          new FieldProblem("reference", "must be at most " + MAX_REFERENCE_LENGTH + " characters"));
    } else if (!PRINTABLE.matcher(text).matches()) {
      problems.add(new FieldProblem("reference", "must be printable characters only"));
    }
  }
}
