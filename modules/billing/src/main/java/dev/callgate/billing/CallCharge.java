package dev.callgate.billing;

import dev.callgate.kernel.Money;

/**
 * What ending a call cost the business. A user-initiated or unanswered call is free (B1, B2) and
 * leaves no ledger line: {@code ledgerEntryId} is null, {@code market} and {@code ratePerMinute}
 * too. {@code repeated} is true when the call had been charged already (B6): the earlier charge is
 * returned and nothing is debited again.
 */
public record CallCharge(
    String callId,
    String market,
    Money ratePerMinute,
    int durationSeconds,
    long pulses,
    Money cost,
    Long ledgerEntryId,
    boolean repeated) {

  public static CallCharge free(String callId, int durationSeconds, String currency) {
    return new CallCharge(
        callId, null, null, durationSeconds, 0, Money.zero(currency), null, false);
  }

  public boolean free() {
    return ledgerEntryId == null;
  }
}
