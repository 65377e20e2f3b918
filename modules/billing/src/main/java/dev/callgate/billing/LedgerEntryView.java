package dev.callgate.billing;

import dev.callgate.kernel.Money;
import java.time.Instant;

/**
 * One line of a wallet's ledger (B6). {@code amount} is signed: positive for a top-up, zero or
 * negative for a call debit. A top-up carries its {@code reference}; a call debit its {@code
 * callId} and how it was priced (the other fields are null on a top-up).
 *
 * @param balanceAfter the balance once this line was added
 * @param recordedBy who added it: {@code agent:<email>}, {@code api-key:<prefix>} or {@code
 *     system:<job>}
 */
public record LedgerEntryView(
    long id,
    LedgerEntryKind kind,
    Money amount,
    Money balanceAfter,
    String reference,
    String callId,
    String waId,
    String market,
    Money ratePerMinute,
    Integer durationSeconds,
    Long pulses,
    Instant recordedAt,
    String recordedBy) {

  public String currency() {
    return amount.currency().getCurrencyCode();
  }
}
