package dev.callgate.calls.internal;

import dev.callgate.calls.WebhookEventStatus;
import dev.callgate.calls.WebhookEventView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One webhook fact and its processing. Rows are inserted by native SQL (so that a duplicate is
 * absorbed by the unique dedupe key); from then on this entity carries the state changes.
 */
@Entity
@Table(name = "calls_webhook_event")
public class WebhookEventEntry {

  @Id private Long id;

  @Column(name = "dedupe_key")
  private String dedupeKey;

  private String kind;

  @Column(name = "call_id")
  private String callId;

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "phone_number_id")
  private String phoneNumberId;

  @Column(name = "waba_id")
  private String wabaId;

  @Column(name = "delivery_id")
  private long deliveryId;

  private String payload;

  @Enumerated(EnumType.STRING)
  private WebhookEventStatus status;

  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "processed_at")
  private Instant processedAt;

  private int duplicates;

  protected WebhookEventEntry() {}

  /** Processed and dead events are left alone by a late or repeated queue message. */
  boolean awaitsProcessing() {
    return status == WebhookEventStatus.RECEIVED || status == WebhookEventStatus.FAILED;
  }

  void processed(Instant at) {
    attempts++;
    status = WebhookEventStatus.PROCESSED;
    processedAt = at;
    nextAttemptAt = null;
  }

  /**
   * Counts a failed attempt.
   *
   * @return the delay before the next attempt, or null when the event is now dead
   */
  Long failed(String error, Instant at, RetryPolicy retries) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
    if (attempts >= retries.maxAttempts()) {
      status = WebhookEventStatus.DEAD;
      nextAttemptAt = null;
      return null;
    }
    long delay = retries.delayMillis(attempts);
    status = WebhookEventStatus.FAILED;
    nextAttemptAt = at.plusMillis(delay);
    return delay;
  }

  /** An operator sends a dead event round again, with all its attempts. */
  void replay() {
    status = WebhookEventStatus.RECEIVED;
    attempts = 0;
    nextAttemptAt = null;
  }

  String payload() {
    return payload;
  }

  WebhookEventStatus status() {
    return status;
  }

  long id() {
    return id;
  }

  WebhookEventView view() {
    return new WebhookEventView(
        id,
        dedupeKey,
        kind,
        callId,
        messageId,
        phoneNumberId,
        wabaId,
        status,
        attempts,
        lastError,
        nextAttemptAt,
        receivedAt,
        processedAt,
        duplicates,
        payload);
  }
}
