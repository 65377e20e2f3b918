package dev.callgate.billing;

/** The two kinds of ledger line: money in, keyed by its reference, and a call's cost out. */
public enum LedgerEntryKind {
  TOP_UP,
  CALL_DEBIT
}
