package dev.callgate.permissions;

import java.util.Locale;

/**
 * What caused a permission change (P11), written in the ledger and the API in lower case ({@code
 * user_action}). {@code BUSINESS_REQUEST} marks the business sending a request, which makes the
 * pair pending; the other sources are those of the rule.
 */
public enum ConsentSource {
  USER_ACTION,
  AUTOMATIC,
  BUSINESS_PROFILE,
  UNANSWERED_CALLS,
  EXPIRY,
  RECONCILIATION,
  BUSINESS_REQUEST;

  /** The contract's spelling. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
