package dev.callgate.permissions;

import java.time.Instant;

/**
 * Whether the permission lets the business call this customer now (P1, P7). The call limits of the
 * calls module (L1-L6) are checked by its pre-flight, which starts from this.
 *
 * @param blockingRule P1 (never granted, revoked, rejected) or P7 (a temporary permission lapsed)
 * @param retryAfter when the refusal ends, if that instant is known; a missing permission has none
 */
public record CallLimits(boolean canCall, String blockingRule, Instant retryAfter) {}
