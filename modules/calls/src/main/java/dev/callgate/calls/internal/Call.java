package dev.callgate.calls.internal;

import dev.callgate.calls.CallView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A call Callgate placed, through its lifecycle (C1): reserved INITIATED under the limits, linked
 * to Meta's call id once {@code connect} answered, then following what the webhooks report
 * (RINGING, ACCEPTED, REJECTED) until the terminate ends it. A terminal call never changes again
 * (C4). An answered call ends COMPLETED (or FAILED when media broke), billed; an unanswered or
 * rejected one ends MISSED, missed by the customer (C6), and costs nothing (B2).
 *
 * <p>{@code live} marks a call that may still connect: it counts toward the per-number limit (L1)
 * and blocks a second call to the pair (L4) until it ends.
 */
@Entity
@Table(name = "calls_call")
@NamedQuery(name = Call.BY_WA_CALL, query = "select c from Call c where c.waCallId = :waCallId")
@NamedQuery(
    name = Call.LIVE_FOR_PAIR,
    query = "select c from Call c where c.numberId = :number and c.waId = :waId and c.live = true")
@NamedQuery(
    name = Call.PAIR_SINCE,
    query =
        "select c.startedAt from Call c where c.numberId = :number and c.waId = :waId"
            + " and c.direction = 'BUSINESS_INITIATED' and c.startedAt > :since"
            + " and c.failure is null")
@NamedQuery(
    name = Call.NUMBER_CONNECTED_SINCE,
    query =
        "select c.startedAt from Call c where c.numberId = :number"
            + " and c.direction = 'BUSINESS_INITIATED' and c.startedAt > :since"
            + " and (c.connected = true or c.live = true)")
public class Call {

  static final String BY_WA_CALL = "Call.byWaCall";
  static final String LIVE_FOR_PAIR = "Call.liveForPair";
  static final String PAIR_SINCE = "Call.pairSince";
  static final String NUMBER_CONNECTED_SINCE = "Call.numberConnectedSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "wa_call_id")
  private String waCallId;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "number_id")
  private String numberId;

  @Column(name = "wa_id")
  private String waId;

  private String direction;
  private String status;

  @Column(name = "missed_by")
  private String missedBy;

  @Column(name = "agent_id")
  private Long agentId;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "duration_seconds")
  private Integer durationSeconds;

  private boolean connected;
  private boolean live;

  @Column(name = "sdp_answer")
  private String sdpAnswer;

  @Column(name = "biz_opaque")
  private String bizOpaque;

  private String failure;

  @Column(name = "hang_up_at")
  private Instant hangUpAt;

  private Integer pulses;
  private BigDecimal cost;
  private String currency;
  private String market;

  @Column(name = "rate_per_minute")
  private BigDecimal ratePerMinute;

  protected Call() {}

  /** A business call reserved under the limits, before {@code connect} is sent. */
  static Call businessInitiated(
      long businessId, String numberId, String waId, long agentId, String opaque, Instant at) {
    Call call = new Call();
    call.businessId = businessId;
    call.numberId = numberId;
    call.waId = waId;
    call.agentId = agentId;
    call.direction = "BUSINESS_INITIATED";
    call.status = "INITIATED";
    call.bizOpaque = opaque;
    call.startedAt = at;
    call.live = true;
    return call;
  }

  /** Meta accepted {@code connect}: from now on its webhooks name this call. */
  void linked(String metaCallId) {
    this.waCallId = metaCallId;
  }

  /** Meta refused {@code connect}: the call never existed for the limits. */
  void connectRefused(String reason, Instant at) {
    this.status = "FAILED";
    this.failure = reason.length() > 500 ? reason.substring(0, 500) : reason;
    this.live = false;
    this.endedAt = at;
  }

  /**
   * Follows the webhooks' account of the call. Returns true when this made the call end, which is
   * when it must be billed and reported, exactly once.
   */
  boolean follow(CallProgress progress, String answer, CallEnd end) {
    if (sdpAnswer == null && answer != null) {
      sdpAnswer = answer;
    }
    if (!live) {
      return false;
    }
    switch (progress) {
      case CONNECTING -> status = "INITIATED";
      case RINGING, ACCEPTED, REJECTED -> status = progress.name();
      case COMPLETED, FAILED -> {
        finish(progress, end);
        return true;
      }
    }
    return false;
  }

  private void finish(CallProgress progress, CallEnd end) {
    live = false;
    endedAt = end.endedAt();
    durationSeconds = end.durationSeconds();
    connected = end.answered();
    if (connected) {
      answeredAt = end.startedAt();
      status = progress == CallProgress.FAILED ? "FAILED" : "COMPLETED";
    } else {
      status = "MISSED";
      missedBy = "CUSTOMER";
    }
  }

  void hangUpRequested(Instant at) {
    if (hangUpAt == null) {
      hangUpAt = at;
    }
  }

  void charged(int pulses, BigDecimal cost, String currency, String market, BigDecimal rate) {
    this.pulses = pulses;
    this.cost = cost;
    this.currency = currency;
    this.market = market;
    this.ratePerMinute = rate;
  }

  Long id() {
    return id;
  }

  long businessId() {
    return businessId;
  }

  String numberId() {
    return numberId;
  }

  String waId() {
    return waId;
  }

  String waCallId() {
    return waCallId;
  }

  boolean live() {
    return live;
  }

  boolean connected() {
    return connected;
  }

  Integer durationSeconds() {
    return durationSeconds;
  }

  Instant startedAt() {
    return startedAt;
  }

  /** At least six places (B3), never rounded: an exact cost with more places keeps them. */
  private static String money(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    return (amount.scale() < 6 ? amount.setScale(6, RoundingMode.UNNECESSARY) : amount)
        .toPlainString();
  }

  CallView view() {
    return new CallView(
        id,
        waCallId,
        numberId,
        waId,
        direction,
        status,
        missedBy,
        agentId,
        startedAt,
        answeredAt,
        endedAt,
        durationSeconds,
        pulses,
        money(cost),
        currency,
        market,
        sdpAnswer,
        failure);
  }
}
