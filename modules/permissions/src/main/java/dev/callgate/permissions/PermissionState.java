package dev.callgate.permissions;

/**
 * Where a pair (business number, customer) stands on call permission (rules P1-P12).
 *
 * <p>NONE until a request is sent; PENDING while a request awaits an answer; TEMPORARY for 168
 * hours after the customer grants it; PERMANENT until revoked; REJECTED when the customer declines
 * (they may still accept the same request until it expires, P6); REVOKED by the customer or after
 * repeated unanswered calls (P8); EXPIRED when a temporary grant lapses (P7).
 */
public enum PermissionState {
  NONE,
  PENDING,
  TEMPORARY,
  PERMANENT,
  REJECTED,
  REVOKED,
  EXPIRED;

  /** Whether a business-initiated call may rely on this state (P1). */
  public boolean allowsCalls() {
    return this == TEMPORARY || this == PERMANENT;
  }
}
