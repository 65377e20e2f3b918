package dev.callgate.billing;

import dev.callgate.kernel.Money;
import java.time.Instant;

/**
 * Fired (CDI event, in the debiting transaction) when a call's cost takes a wallet from a positive
 * balance to zero or below: from then on the business cannot start outbound calls (L5). This is
 * what the integrator event {@code wallet.blocked} will carry.
 */
public record WalletBlocked(long businessId, Money balance, String callId, Instant at) {}
