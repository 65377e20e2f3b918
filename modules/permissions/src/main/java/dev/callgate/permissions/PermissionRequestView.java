package dev.callgate.permissions;

import java.time.Instant;

/**
 * A call permission request sent to a customer.
 *
 * @param status SENDING while the Cloud API has not answered yet (it counts toward P4 already),
 *     SENT while it can still be answered, ANSWERED once the customer replied (a decline may still
 *     turn into an accept until {@code expiresAt}, P6), EXPIRED, SUPERSEDED by a newer request, or
 *     FAILED when the Cloud API refused it or it was lost on the way (it counts toward nothing)
 * @param sentAt when Meta confirmed it; while SENDING or when FAILED, when it was reserved
 * @param answer ACCEPT or REJECT, or null while unanswered
 * @param requestedBy who sent it ("agent:…", "api-key:…")
 * @param failure why a FAILED request never reached the customer, else null
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
    String requestedBy,
    String failure) {}
