package dev.callgate.billing.internal;

import dev.callgate.billing.RateView;
import dev.callgate.kernel.Money;
import dev.callgate.kernel.Pulses;
import dev.callgate.kernel.WaId;
import java.math.RoundingMode;

/**
 * Rules B1-B3: what a call costs. Only a connected business-initiated call is billed; it is cut
 * into pulses of the configured length, every started pulse counted in full, and costs pulses x
 * rate per minute x pulse length / 60, computed once on the whole call in exact decimals.
 */
public final class PulsePricing {

  /**
   * Decimals the ledger stores (its numeric(24,9) columns). With a pulse length that divides a
   * minute into tenths, as the default 6 s does, a card rate of up to 6 decimals gives at most 7,
   * so this never rounds; only an odd pulse length such as 7 s makes a repeating decimal, which is
   * then rounded once, on the call's total, never per pulse.
   */
  static final int STORED_SCALE = 9;

  private final int pulseSeconds;

  public PulsePricing(int pulseSeconds) {
    if (pulseSeconds <= 0) {
      throw new IllegalArgumentException("pulse length must be positive: " + pulseSeconds);
    }
    this.pulseSeconds = pulseSeconds;
  }

  /** B1 and B2: user-initiated calls are free, and so is a call that never connected. */
  public boolean billable(boolean businessInitiated, int durationSeconds) {
    return businessInitiated && durationSeconds > 0;
  }

  /** B2: ceil(seconds / pulse length); 0 seconds is 0 pulses. */
  public Pulses pulses(int seconds) {
    return Pulses.forDuration(seconds, pulseSeconds);
  }

  /** B3: exact; the result keeps every decimal up to {@link #STORED_SCALE}. */
  public Money cost(Pulses pulses, Money ratePerMinute) {
    Money exact = pulses.cost(ratePerMinute, pulseSeconds);
    if (exact.amount().scale() <= STORED_SCALE) {
      return exact;
    }
    return new Money(exact.amount().setScale(STORED_SCALE, RoundingMode.HALF_UP), exact.currency());
  }

  /** A connected business-initiated call of {@code seconds} at {@code rate}. */
  public PricedCall price(WaId waId, RateView rate, int seconds) {
    Pulses pulses = pulses(seconds);
    return new PricedCall(waId, rate, seconds, pulses, cost(pulses, rate.ratePerMinute()));
  }

  public int pulseSeconds() {
    return pulseSeconds;
  }
}
