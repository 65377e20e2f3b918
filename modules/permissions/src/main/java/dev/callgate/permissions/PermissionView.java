package dev.callgate.permissions;

import java.time.Instant;

/**
 * Where one pair stands, as {@code GET /numbers/{numberId}/permissions/{waId}} shows it.
 *
 * @param source how the current state came about (the ledger's source), or null for NONE
 * @param serviceWindowEndsAt when the customer service window closes (T3); null or past when it is
 *     closed
 * @param lastRequest the newest request sent to the customer, or null
 */
public record PermissionView(
    String numberId,
    String waId,
    PermissionState status,
    Instant grantedAt,
    Instant expiresAt,
    String source,
    int consecutiveUnanswered,
    boolean promptedToReconsider,
    RequestLimits requestLimits,
    CallLimits callLimits,
    Instant serviceWindowEndsAt,
    PermissionRequestView lastRequest) {

  /** Whether a free-form request could go out now as far as the window is concerned (T3). */
  public boolean insideServiceWindow(Instant now) {
    return serviceWindowEndsAt != null && now.isBefore(serviceWindowEndsAt);
  }
}
