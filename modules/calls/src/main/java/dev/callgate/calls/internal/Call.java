package dev.callgate.calls.internal;

import dev.callgate.calls.CallDirection;
import dev.callgate.calls.CallStatus;
import dev.callgate.calls.CallView;
import dev.callgate.calls.MissedBy;
import dev.callgate.calls.PayloadSource;
import dev.callgate.routing.MissReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A call of either direction, through its lifecycle.
 *
 * <p>A business call (C1) is reserved INITIATED under the limits, linked to Meta's call id once
 * {@code connect} answered, then follows its status webhooks (RINGING, ACCEPTED, REJECTED) until
 * the terminate. A customer's call (C3) is created by its connect webhook, RINGING while routing
 * offers it, ACCEPTED once an agent took it and Meta confirmed, MISSED by agent when routing gave
 * up or the customer hung up first.
 *
 * <p>Webhooks come late, twice and out of order (C4): a status never moves back, and a terminal
 * call never changes again. An answered call ends COMPLETED (FAILED when media broke), an
 * unanswered business call MISSED by the customer (C6); only a connected business call is billed
 * (B1, B2).
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
            + " and c.direction = dev.callgate.calls.CallDirection.BUSINESS_INITIATED"
            + " and c.startedAt > :since and c.failure is null")
@NamedQuery(
    name = Call.NUMBER_CONNECTED_SINCE,
    query =
        "select c.startedAt from Call c where c.numberId = :number"
            + " and c.direction = dev.callgate.calls.CallDirection.BUSINESS_INITIATED"
            + " and c.startedAt > :since and (c.connected = true or c.live = true)")
public class Call {

  static final String BY_WA_CALL = "Call.byWaCall";
  static final String LIVE_FOR_PAIR = "Call.liveForPair";
  static final String PAIR_SINCE = "Call.pairSince";
  static final String NUMBER_CONNECTED_SINCE = "Call.numberConnectedSince";
  private static final int MAX_TEXT = 500;

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

  @Enumerated(EnumType.STRING)
  private CallDirection direction;

  @Enumerated(EnumType.STRING)
  private CallStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "missed_by")
  private MissedBy missedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "miss_reason")
  private MissReason missReason;

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

  @Column(name = "sdp_offer")
  private String sdpOffer;

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

  @Column(name = "caller_name")
  private String callerName;

  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(name = "payload_source")
  private PayloadSource payloadSource;

  protected Call() {}

  /** A business call reserved under the limits, before {@code connect} is sent. */
  static Call businessInitiated(
      long businessId, String numberId, String waId, long agentId, String opaque, Instant at) {
    Call call = new Call();
    call.businessId = businessId;
    call.numberId = numberId;
    call.waId = waId;
    call.agentId = agentId;
    call.direction = CallDirection.BUSINESS_INITIATED;
    call.status = CallStatus.INITIATED;
    call.bizOpaque = opaque;
    call.startedAt = at;
    call.live = true;
    return call;
  }

  /** A customer's call, as its connect webhook brings it: Meta's id and the customer's offer. */
  static Call userInitiated(
      long businessId, String numberId, String waId, String waCallId, Instant at) {
    Call call = new Call();
    call.businessId = businessId;
    call.numberId = numberId;
    call.waId = waId;
    call.waCallId = waCallId;
    call.direction = CallDirection.USER_INITIATED;
    call.status = CallStatus.INITIATED;
    call.startedAt = at;
    call.live = true;
    return call;
  }

  /** What the customer's connect carried besides the offer. */
  void from(String offer, String name, String payloadText, PayloadSource source) {
    this.sdpOffer = offer;
    this.callerName = name == null || name.length() <= 120 ? name : name.substring(0, 120);
    this.payload =
        payloadText == null || payloadText.length() <= 512
            ? payloadText
            : payloadText.substring(0, 512);
    this.payloadSource = payloadText == null ? null : source;
  }

  /** Meta accepted {@code connect}: from now on its webhooks name this call. */
  void linked(String metaCallId) {
    this.waCallId = metaCallId;
  }

  /** Meta refused {@code connect}: the call never existed for the limits. */
  void connectRefused(String reason, Instant at) {
    status = CallStatus.FAILED;
    failure = clip(reason);
    live = false;
    endedAt = at;
  }

  /** A business call's connect webhook carried the customer's SDP answer; the first one stays. */
  void answerArrived(String sdp) {
    if (sdpAnswer == null && sdp != null) {
      sdpAnswer = sdp;
    }
  }

  /**
   * A business call's status webhook: RINGING, ACCEPTED or REJECTED. A status never moves back and
   * an ended call keeps its end (C4).
   */
  void statusReported(CallStatus reported) {
    if (live && stage(reported) >= stage(status)) {
      status = reported;
    }
  }

  /**
   * The terminate webhook. Returns true when this ended the call, which is when it must be billed
   * and reported, exactly once.
   *
   * @param hungUp for a customer's call nobody took: why it was missed (the customer hung up, or
   *     Meta's accept window ran out)
   */
  boolean terminated(CallEnd end, boolean mediaFailed, MissReason hungUp) {
    if (!live) {
      return false;
    }
    live = false;
    endedAt = end.endedAt();
    // a customer's call an agent took was answered, whatever the terminate says of its times
    boolean taken = end.answered() || (inbound() && status == CallStatus.ACCEPTED);
    if (taken) {
      connected = true;
      if (answeredAt == null) {
        answeredAt = end.startedAt();
      }
      durationSeconds = end.durationSeconds();
      if (durationSeconds == null && inbound()) {
        durationSeconds = 0;
      }
      status = mediaFailed ? CallStatus.FAILED : CallStatus.COMPLETED;
    } else if (direction == CallDirection.BUSINESS_INITIATED) {
      status = CallStatus.MISSED;
      missedBy = MissedBy.CUSTOMER;
    } else {
      missed(hungUp);
    }
    return true;
  }

  /** Routing offered the customer's call to an agent. */
  void ringing() {
    if (status == CallStatus.INITIATED) {
      status = CallStatus.RINGING;
    }
  }

  /** An agent is accepting: their answer is what Meta is sent. */
  void accepting(long agent, String answer) {
    agentId = agent;
    sdpAnswer = answer;
  }

  /** Meta took the accept: the customer is connected to the agent. */
  void accepted(Instant at) {
    if (live) {
      status = CallStatus.ACCEPTED;
      answeredAt = at;
    }
  }

  /** Meta refused the accept: the call cannot be taken. */
  void acceptFailed(String reason, Instant at) {
    if (live) {
      status = CallStatus.FAILED;
      failure = clip(reason);
      live = false;
      endedAt = at;
    }
  }

  /** Nobody took the customer's call (C6, R7, S2). */
  void missedByAgent(MissReason reason, Instant at) {
    if (live) {
      live = false;
      endedAt = at;
      missed(reason);
    }
  }

  private void missed(MissReason reason) {
    status = CallStatus.MISSED;
    missedBy = MissedBy.AGENT;
    missReason = reason;
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

  /** Whether the customer has been reached: answered, or a business call they accepted. */
  boolean reachedCustomer() {
    return connected || status == CallStatus.ACCEPTED;
  }

  private static int stage(CallStatus s) {
    return switch (s) {
      case INITIATED, RINGING -> 1;
      case ACCEPTED, REJECTED -> 2;
      case COMPLETED, FAILED, MISSED -> 3;
    };
  }

  private static String clip(String text) {
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
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

  Long agentId() {
    return agentId;
  }

  CallDirection direction() {
    return direction;
  }

  boolean inbound() {
    return direction == CallDirection.USER_INITIATED;
  }

  CallStatus status() {
    return status;
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

  MissReason missReason() {
    return missReason;
  }

  String bizOpaque() {
    return bizOpaque;
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
        missReason,
        agentId,
        startedAt,
        answeredAt,
        endedAt,
        durationSeconds,
        pulses,
        Money.sixPlaces(cost),
        currency,
        market,
        sdpOffer,
        sdpAnswer,
        failure,
        callerName,
        payload,
        payloadSource);
  }
}
