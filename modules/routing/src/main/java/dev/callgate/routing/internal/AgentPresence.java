package dev.callgate.routing.internal;

import dev.callgate.routing.Activity;
import dev.callgate.routing.Availability;
import dev.callgate.routing.PresenceSource;
import dev.callgate.routing.PresenceView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One agent's presence (R2, R9, R10, R12). Changes run under the business's routing lock; the
 * console's beat alone writes {@code heartbeat_at} without it, which is why updates write only the
 * columns they changed ({@link DynamicUpdate}) and never put an older beat back.
 */
@Entity
@Table(name = "routing_presence")
@DynamicUpdate
@NamedQuery(
    name = AgentPresence.OF_BUSINESS,
    query = "select p from AgentPresence p where p.businessId = :business order by p.agentId")
@NamedQuery(
    name = AgentPresence.AVAILABLE_IDLE,
    query =
        "select p from AgentPresence p where p.businessId = :business"
            + " and p.availability = dev.callgate.routing.Availability.ONLINE"
            + " and p.activity = dev.callgate.routing.Activity.IDLE")
public class AgentPresence {

  static final String OF_BUSINESS = "AgentPresence.ofBusiness";
  static final String AVAILABLE_IDLE = "AgentPresence.availableIdle";

  @Id
  @Column(name = "agent_id")
  private long agentId;

  @Column(name = "business_id")
  private long businessId;

  @Enumerated(EnumType.STRING)
  private Availability availability;

  private String reason;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "api_online_until")
  private Instant apiOnlineUntil;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Enumerated(EnumType.STRING)
  private Activity activity;

  @Column(name = "call_id")
  private Long callId;

  @Column(name = "wrap_up_until")
  private Instant wrapUpUntil;

  @Column(name = "unanswered_in_row")
  private int unansweredInRow;

  protected AgentPresence() {}

  /** A new agent row: offline, idle (rows are otherwise inserted race-free by SQL). */
  AgentPresence(long agentId, long businessId, Instant now) {
    this.agentId = agentId;
    this.businessId = businessId;
    this.availability = Availability.OFFLINE;
    this.activity = Activity.IDLE;
    this.changedAt = now;
  }

  /**
   * Sets the availability. Set ONLINE over the API, the agent stays reachable for {@code ttl}
   * (R12); any other change ends that. Returns whether the availability changed.
   */
  boolean set(Availability next, PresenceSource source, String why, Instant now, Duration ttl) {
    boolean changed = availability != next;
    apiOnlineUntil =
        next == Availability.ONLINE && source == PresenceSource.API ? now.plus(ttl) : null;
    if (changed) {
      availability = next;
      reason = why;
      changedAt = now;
    }
    if (changed && next == Availability.ONLINE) {
      // back from AWAY (R9) or OFFLINE: a fresh start; a repeated ONLINE keeps the streak
      unansweredInRow = 0;
    }
    return changed;
  }

  void beat(Instant now) {
    if (heartbeatAt == null || now.isAfter(heartbeatAt)) {
      heartbeatAt = now;
    }
  }

  /** Offered a call: the agent rings for it until the offer closes. */
  void ring(long call) {
    activity = Activity.RINGING;
    callId = call;
  }

  /** The offer for {@code call} closed without the agent taking it. */
  void stopRinging(long call) {
    if (activity == Activity.RINGING && Objects.equals(callId, call)) {
      activity = Activity.IDLE;
      callId = null;
    }
  }

  /**
   * The agent let an offer ring out (R9). Returns true when this was the {@code max}-th in a row,
   * when Callgate sets the agent AWAY.
   */
  boolean rangOut(int max) {
    unansweredInRow++;
    return availability == Availability.ONLINE && unansweredInRow >= max;
  }

  /** The agent answered an offer, either way: the no-answer streak ends. */
  void responded() {
    unansweredInRow = 0;
  }

  /** On a call, inbound (accepting) or outbound. */
  void onCall(long call) {
    activity = Activity.ON_CALL;
    callId = call;
  }

  /** The call ended; a connected one is followed by the wrap-up (R10). */
  void callEnded(long call, Instant wrapUpUntil) {
    if (Objects.equals(callId, call)) {
      activity = Activity.IDLE;
      callId = null;
      this.wrapUpUntil = wrapUpUntil;
    }
  }

  long agentId() {
    return agentId;
  }

  long businessId() {
    return businessId;
  }

  Availability availability() {
    return availability;
  }

  Activity activity() {
    return activity;
  }

  Long callId() {
    return callId;
  }

  AgentState state() {
    return new AgentState(
        agentId, availability, activity, heartbeatAt, apiOnlineUntil, wrapUpUntil);
  }

  PresenceView view(Eligibility eligibility, Instant now) {
    AgentState state = state();
    return new PresenceView(
        agentId,
        businessId,
        availability,
        Eligibility.shown(state, now),
        eligibility.reachable(state, now),
        callId,
        Eligibility.inWrapUp(state, now) ? wrapUpUntil : null,
        reason,
        changedAt);
  }
}
