package dev.callgate.billing;

/**
 * The ledger line of a top-up. {@code credited} is false when the reference had been used already:
 * the line returned is the earlier one and the wallet was not credited again (B6).
 */
public record TopUpResult(LedgerEntryView entry, boolean credited) {}
