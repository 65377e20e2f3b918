package dev.callgate.kernel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The billing units of a connected business-initiated call (B2): the duration cut into pulses of a
 * configured length, every started pulse counted in full.
 */
public record Pulses(long count) implements Serializable {

  private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

  public Pulses {
    if (count < 0) {
      throw new IllegalArgumentException("pulses cannot be negative: " + count);
    }
  }

  /** Rounds up: with 6-second pulses a 56-second call is 10 pulses, a 0-second call none. */
  public static Pulses forDuration(long seconds, int pulseSeconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("duration cannot be negative: " + seconds);
    }
    requirePositive(pulseSeconds);
    // Integer arithmetic: a double ceil could misround long durations.
    long whole = seconds / pulseSeconds;
    return new Pulses(seconds % pulseSeconds == 0 ? whole : whole + 1);
  }

  /**
   * The cost of these pulses (B3): count x rate per minute x pulse length / 60, in one exact
   * decimal computation with no rounding per pulse.
   */
  public Money cost(Money ratePerMinute, int pulseSeconds) {
    requirePositive(pulseSeconds);
    BigDecimal perMinuteTotal =
        ratePerMinute
            .amount()
            .multiply(BigDecimal.valueOf(count))
            .multiply(BigDecimal.valueOf(pulseSeconds));
    return new Money(divideBySixty(perMinuteTotal), ratePerMinute.currency());
  }

  // Exact whenever the quotient terminates (always for pulse lengths dividing 60); a pulse length
  // such as 7 s gives a repeating decimal, which DECIMAL128 keeps to 34 significant digits.
  private static BigDecimal divideBySixty(BigDecimal value) {
    try {
      return value.divide(SECONDS_PER_MINUTE);
    } catch (ArithmeticException repeating) {
      return value.divide(SECONDS_PER_MINUTE, MathContext.DECIMAL128);
    }
  }

  private static void requirePositive(int pulseSeconds) {
    if (pulseSeconds <= 0) {
      throw new IllegalArgumentException("pulse length must be positive: " + pulseSeconds);
    }
  }
}
