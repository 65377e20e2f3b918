package dev.callgate.calls;

import dev.callgate.accounts.Actor;
import java.util.List;
import java.util.Optional;

/**
 * The stored webhook events, for operators: see what failed, replay it. A business sees the events
 * of its own numbers and WABAs only (A2).
 */
public interface WebhookEvents {

  /**
   * The business's events, newest first.
   *
   * @param status only this status, or all when null
   * @param dedupeKey only the event with this key, or all when null
   */
  List<WebhookEventView> list(
      long businessId, WebhookEventStatus status, String dedupeKey, int limit);

  /**
   * Puts a dead event back to processing with fresh attempts; audited (A3). The actor's business
   * must own the event's number or WABA.
   *
   * @return empty when the business has no such event
   * @throws dev.callgate.kernel.CallingException conflict when the event is not DEAD
   */
  Optional<WebhookEventView> replay(Actor actor, long eventId);

  /** Any event by its key, regardless of business: for operations and tests. */
  Optional<WebhookEventView> byDedupeKey(String dedupeKey);
}
