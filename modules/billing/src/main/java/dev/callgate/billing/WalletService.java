package dev.callgate.billing;

import dev.callgate.accounts.Actor;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/**
 * The prepaid wallet of each business (B5, B6). Every method is scoped to one business: the one of
 * the id or actor passed, never another (A2).
 */
public interface WalletService {

  /** The balance now; a business that never had a wallet line has a zero, blocked wallet. */
  WalletView wallet(long businessId);

  /**
   * Credits the actor's business and audits it (A3). A reference already used returns the earlier
   * line and credits nothing (B6); the same reference with another amount is a {@code conflict}
   * (409). A malformed amount or reference is {@code validation_failed}, every field at once.
   */
  TopUpResult topUp(@NotNull Actor actor, @NotNull TopUpRequest request);

  /**
   * The ledger, newest line first, optionally limited to lines recorded in {@code [from, to)}.
   *
   * @param page counted from 0; null for the first
   * @param size lines per page; null for the configured default, never above the configured maximum
   */
  LedgerPage ledger(
      long businessId,
      Instant from,
      Instant to,
      @PositiveOrZero Integer page,
      @Positive Integer size);
}
