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

  /** The callee's SDP answer a business call's connect webhook carried. */
  @Column(name = "sdp_answer")
  private String sdpAnswer;

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

  void answer(String sdp) {
    if (sdpAnswer == null) {
      sdpAnswer = sdp;
    }
  }

  CallProgress state() {
    return state;
  }

  String sdpAnswer() {
    return sdpAnswer;
  }

  /** How the call ended, once it did. */
  CallEnd end() {
    if (state == null || !state.terminal()) {
      return CallEnd.NOT_YET;
    }
    boolean answered = startedAt != null || (durationSeconds != null && durationSeconds > 0);
    return new CallEnd(answered, startedAt, endedAt, durationSeconds);
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
