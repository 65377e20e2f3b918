package dev.callgate.permissions.internal;

import dev.callgate.permissions.ConsentSource;
import dev.callgate.permissions.PermissionState;
import java.time.Instant;

/**
 * One change of a pair's state, as the pair reports it; the service appends it to the ledger and
 * publishes it.
 */
public record Transition(
    PermissionState from,
    PermissionState to,
    ConsentSource source,
    Instant at,
    String carrierId,
    String detail) {}
