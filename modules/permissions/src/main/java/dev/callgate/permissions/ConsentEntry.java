package dev.callgate.permissions;

import java.time.Instant;

/**
 * One line of the consent ledger (P11): never updated, never deleted.
 *
 * @param carrierId the message or call id that carried the change (a reply's wamid, a request's
 *     wamid, a call's wacid), or null for expiry and reconciliation
 * @param detail a human sentence on what happened, e.g. which request a reply answered
 */
public record ConsentEntry(
    long id,
    String numberId,
    String waId,
    PermissionState state,
    ConsentSource source,
    Instant occurredAt,
    String carrierId,
    String detail) {}
