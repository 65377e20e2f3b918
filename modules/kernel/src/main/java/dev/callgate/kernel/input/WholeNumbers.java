package dev.callgate.kernel.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Whole numbers as callers write them, taken only when they fit the target exactly: never rounded
 * ({@code 4.9} is not 4) and never wrapped ({@code 18446744073709551620} is not 4). A number whose
 * value is whole is taken however it is written ({@code 4}, {@code 4.0}, {@code 4e0} all mean 4):
 * the value is what counts, and it reaches Callgate unchanged.
 */
public final class WholeNumbers {

  private WholeNumbers() {}

  /** The value as a long when it is whole and within [min, max]; otherwise why not. */
  public static Result exact(BigDecimal value, long min, long max) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 0) {
      return Result.refused("must be a whole number");
    }
    // digits before the point, known without expanding 1e999999999
    if (stripped.precision() - stripped.scale() > 19) {
      return Result.refused("must be between " + min + " and " + max);
    }
    BigInteger whole = stripped.toBigIntegerExact();
    if (whole.compareTo(BigInteger.valueOf(min)) < 0
        || whole.compareTo(BigInteger.valueOf(max)) > 0) {
      return Result.refused("must be between " + min + " and " + max);
    }
    return new Result(whole.longValueExact(), null);
  }

  /**
   * A whole number written as text (a query parameter, an XML element): an optional sign and
   * digits, as XML Schema and Java write integers, within [min, max].
   */
  public static Result parse(String text, long min, long max) {
    String trimmed = text == null ? "" : text.strip();
    if (!trimmed.matches("[+-]?\\d{1,1000}")) {
      return Result.refused("must be a whole number");
    }
    return exact(new BigDecimal(trimmed), min, max);
  }

  /** Either a value or the problem with it. */
  public record Result(long value, String problem) {

    static Result refused(String problem) {
      return new Result(0, problem);
    }

    public boolean ok() {
      return problem == null;
    }

    public Optional<String> refusal() {
      return Optional.ofNullable(problem);
    }
  }
}
