package dev.callgate.calls.internal;

import dev.callgate.calls.CallRecordView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A call's latest state as its webhooks describe it (see {@link CallProgress}). */
@Entity
@Table(name = "calls_call_state")
public class CallRecord {

  @Id
  @Column(name = "call_id")
  private String callId;

  @Column(name = "phone_number_id")
  private String phoneNumberId;

  private String direction;

  @Enumerated(EnumType.STRING)
  private CallProgress state;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "duration_seconds")
  private Integer durationSeconds;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected CallRecord() {}

  /** Applies a reported state; what a terminate says of times is kept only if it wins. */
  void report(
      CallProgress reported,
      String direction,
      Instant start,
      Instant end,
      Integer duration,
      Instant at) {
    CallProgress next = CallProgress.next(state, reported);
    if (this.direction == null) {
      this.direction = direction;
    }
    if (next != state && next.terminal()) {
      this.startedAt = start;
      this.endedAt = end;
      this.durationSeconds = duration;
    }
    this.state = next;
    this.updatedAt = at;
  }

  CallRecordView view() {
    return new CallRecordView(
        callId,
        phoneNumberId,
        direction,
        state == null ? null : state.name(),
        state != null && state.terminal(),
        startedAt,
        endedAt,
        durationSeconds);
  }
}
