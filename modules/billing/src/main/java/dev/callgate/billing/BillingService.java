package dev.callgate.billing;

import dev.callgate.kernel.WaId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/**
 * Prices and charges calls. The calls module asks {@link #checkCanStartOutbound} and {@link
 * #rateFor} before dialling, and {@link #chargeCall} when a call has ended; quotes use the same
 * pricing, so a quote always equals the debit of the same call (B7).
 */
public interface BillingService {

  /**
   * The rate of the consumer's market on the card in force at {@code at} (B4): the country's own
   * market, else the region it belongs to, else the card's fallback market. Refused with {@code
   * no_rate_for_market} (422) for a market the card marks N/A, or when no card was in force yet.
   */
  RateView rateFor(@NotNull WaId waId, @NotNull Instant at);

  /**
   * What a connected business-initiated call of {@code seconds} to {@code waId}, started at {@code
   * at}, costs (B2, B3). Refused like {@link #rateFor} when the destination has no rate.
   */
  QuoteView quote(@NotNull WaId waId, @PositiveOrZero int seconds, @NotNull Instant at);

  /** The rate card in force at {@code at}; {@code no_rate_for_market} if none was yet. */
  RateCardView rateCard(@NotNull Instant at);

  /**
   * Debits an ended call from the business's wallet, priced with the card in force when it started
   * (B7). User-initiated calls and calls that never connected ({@code durationSeconds} 0) are free
   * and debit nothing (B1, B2). Idempotent per call id (B6): charging the same call again returns
   * the first charge and debits nothing. A debit is never refused for balance: it may take the
   * wallet below zero, which blocks new outbound calls but not calls in progress (B5).
   *
   * @param callId the call's id, unique within the business; the ledger is keyed by it
   */
  CallCharge chargeCall(
      long businessId,
      @NotBlank String callId,
      @NotNull WaId waId,
      boolean businessInitiated,
      @PositiveOrZero int durationSeconds,
      @NotNull Instant startedAt);

  /**
   * Refuses with {@code insufficient_balance} (402, rule L5) when the business's balance is zero or
   * negative. Only business-initiated calls ask: user-initiated calls are never blocked.
   */
  void checkCanStartOutbound(long businessId);
}
