package dev.callgate.permissions.internal;

/** What a permission webhook did to its pair, kept with the webhook (P12). */
public enum ReplyOutcome {
  /** The pair changed. */
  APPLIED,
  /** The reply agreed with what the pair already said (a duplicate grant, say). */
  UNCHANGED,
  /** It answered a request that could no longer be answered (P6, P12). */
  EXPIRED_REQUEST,
  /** Its context names no request Callgate sent to this pair. */
  UNKNOWN_REQUEST,
  /** An older reply than one already applied: the customer has since changed their mind. */
  STALE,
  /** It names a number Callgate does not manage. */
  UNKNOWN_NUMBER,
  /** 360dialog's status names no phone number, so no single pair can be changed. */
  RECORDED_ONLY
}
