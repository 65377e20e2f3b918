package dev.callgate.permissions;

import java.time.Instant;

/**
 * A call permission request sent to a customer.
 *
 * @param status SENT while it can still be answered, ANSWERED once the customer replied (a decline
 *     may still turn into an accept until {@code expiresAt}, P6), EXPIRED, or SUPERSEDED by a newer
 *     request
 * @param answer ACCEPT or REJECT, or null while unanswered
 * @param requestedBy who sent it ("agent:…", "api-key:…")
 */
public record PermissionRequestView(
    long id,
    String numberId,
    String waId,
    RequestKind kind,
    String status,
    String messageId,
    String templateName,
    Instant sentAt,
    Instant expiresAt,
    String answer,
    Instant answeredAt,
    String requestedBy) {}
