package dev.callgate.permissions.internal;

import java.time.Instant;

/**
 * The state of the request limits for one pair at one instant, as {@code requestLimits} in the
 * integrator API shows it.
 *
 * @param nextRequestAt when a request becomes possible again; null while one is possible now
 */
public record RequestWindow(
    boolean canRequest, int usedLast24h, int usedLast7d, Instant nextRequestAt) {}
