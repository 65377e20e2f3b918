package dev.callgate.billing.internal;

import dev.callgate.billing.QuoteView;
import dev.callgate.billing.RateView;
import dev.callgate.kernel.Money;
import dev.callgate.kernel.Pulses;
import dev.callgate.kernel.WaId;

/**
 * A call priced by {@link PulsePricing}: the one value behind both a quote and a debit, which is
 * why the two can never disagree (B7).
 */
public record PricedCall(WaId waId, RateView rate, int durationSeconds, Pulses pulses, Money cost) {

  public QuoteView quote() {
    return new QuoteView(
        waId.value(),
        rate.country(),
        rate.market(),
        rate.ratePerMinute(),
        durationSeconds,
        pulses.count(),
        cost,
        rate.rateCardId(),
        rate.effectiveFrom());
  }
}
