package dev.callgate.calls.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A call webhook that arrived before Callgate knew its call (C4): a terminate before its connect,
 * or any webhook before the answer to {@code connect} linked a placed call. The stored event itself
 * is the content; this row only holds it back until the call is known.
 */
@Entity
@Table(name = "calls_early_webhook")
@NamedQuery(
    name = EarlyWebhook.OF_CALL,
    query = "select e from EarlyWebhook e where e.waCallId = :call order by e.id")
public class EarlyWebhook {

  static final String OF_CALL = "EarlyWebhook.ofCall";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "wa_call_id")
  private String waCallId;

  @Column(name = "webhook_event_id")
  private long webhookEventId;

  @Column(name = "received_at")
  private Instant receivedAt;

  protected EarlyWebhook() {}

  EarlyWebhook(String waCallId, long webhookEventId, Instant receivedAt) {
    this.waCallId = waCallId;
    this.webhookEventId = webhookEventId;
    this.receivedAt = receivedAt;
  }

  long webhookEventId() {
    return webhookEventId;
  }
}
