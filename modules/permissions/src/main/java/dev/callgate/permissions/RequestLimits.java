package dev.callgate.permissions;

import java.time.Instant;

/**
 * Whether a call permission request may be sent now (P4, P9), as {@code requestLimits} shows it.
 *
 * @param nextRequestAt when a request becomes possible again; null while possible now, and null
 *     when no instant is known (a permanent permission, P9)
 * @param blockingRule P4 or P9 while a request is refused, else null
 */
public record RequestLimits(
    boolean canRequest,
    int usedLast24h,
    int usedLast7d,
    Instant nextRequestAt,
    String blockingRule) {}
