package dev.callgate.calls.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One webhook event of a call, in the order Callgate processed them. */
@Entity
@Table(name = "calls_call_event")
@NamedQuery(
    name = CallEventRecord.OF_CALL,
    query = "select e from CallEventRecord e where e.callId = :call order by e.id")
public class CallEventRecord {

  static final String OF_CALL = "CallEventRecord.ofCall";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "call_id")
  private String callId;

  private String event;

  private String detail;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "webhook_event_id")
  private long webhookEventId;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected CallEventRecord() {}

  CallEventRecord(
      String callId,
      String event,
      String detail,
      Instant occurredAt,
      long webhookEventId,
      Instant recordedAt) {
    this.callId = callId;
    this.event = event;
    this.detail = detail;
    this.occurredAt = occurredAt;
    this.webhookEventId = webhookEventId;
    this.recordedAt = recordedAt;
  }

  String describe() {
    return detail == null ? event : event + ":" + detail;
  }
}
