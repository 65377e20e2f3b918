package dev.callgate.permissions;

import java.time.Instant;

/**
 * A pair's permission changed, or the pair was prompted to reconsider (P8). Fired as a CDI event
 * inside the transaction that made the change; observers that act outside Callgate should observe
 * it {@code during = TransactionPhase.AFTER_SUCCESS}.
 *
 * @param previous the state before; equal to {@code state} for a reconsider prompt
 */
public record PermissionChanged(
    long businessId,
    String numberId,
    String waId,
    PermissionState previous,
    PermissionState state,
    ConsentSource source,
    Instant at,
    boolean promptedToReconsider) {}
