package dev.callgate.calls;

/** Where a webhook event stands in processing. */
public enum WebhookEventStatus {
  /** Stored, waiting for its first attempt (or replayed by an operator). */
  RECEIVED,
  PROCESSED,
  /** An attempt failed; another is scheduled at {@code nextAttemptAt}. */
  FAILED,
  /** Every attempt failed: the event waits in the dead-letter store for an operator. */
  DEAD
}
