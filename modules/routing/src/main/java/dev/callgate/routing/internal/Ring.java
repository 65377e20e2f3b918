package dev.callgate.routing.internal;

import dev.callgate.routing.MissReason;
import dev.callgate.routing.OfferStep;
import dev.callgate.routing.RingRequest;
import dev.callgate.routing.RingStatus;
import dev.callgate.routing.RingView;
import dev.callgate.routing.RoutingStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The routing of one inbound call, from the connect webhook until an agent takes it or routing
 * gives up. The chain's links (R1) are fixed when it starts; {@code nextStep} says how far the
 * chain got, and {@code nextDueAt} when a timer must look at it again (an offer's ring time, or the
 * end of the accept window).
 */
@Entity
@Table(name = "routing_ring")
@NamedQuery(
    name = Ring.DUE,
    query =
        "select r.callId from Ring r where r.status = dev.callgate.routing.RingStatus.RINGING"
            + " and r.nextDueAt <= :now order by r.nextDueAt")
public class Ring {

  static final String DUE = "Ring.due";

  @Id
  @Column(name = "call_id")
  private long callId;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "number_id")
  private String numberId;

  @Column(name = "wa_id")
  private String waId;

  @Enumerated(EnumType.STRING)
  private RingStatus status;

  @Enumerated(EnumType.STRING)
  private RoutingStrategy strategy;

  @Column(name = "started_at")
  private Instant startedAt;

  private Instant deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "next_step")
  private OfferStep nextStep;

  @Column(name = "preferred_agent_id")
  private Long preferredAgentId;

  @Column(name = "assignee_agent_id")
  private Long assigneeAgentId;

  @Column(name = "owner_agent_id")
  private Long ownerAgentId;

  @Column(name = "first_agent_id")
  private Long firstAgentId;

  @Column(name = "agent_id")
  private Long agentId;

  @Column(name = "saw_available")
  private boolean sawAvailable;

  @Enumerated(EnumType.STRING)
  @Column(name = "miss_reason")
  private MissReason missReason;

  @Column(name = "next_due_at")
  private Instant nextDueAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected Ring() {}

  Ring(
      RingRequest request,
      RoutingStrategy strategy,
      Instant deadline,
      Long preferred,
      Long assignee,
      Long owner) {
    this.callId = request.callId();
    this.businessId = request.businessId();
    this.numberId = request.numberId();
    this.waId = request.waId();
    this.status = RingStatus.RINGING;
    this.strategy = strategy;
    this.startedAt = request.arrivedAt();
    this.deadline = deadline;
    this.nextStep = OfferStep.PREFERRED;
    this.preferredAgentId = preferred;
    this.assigneeAgentId = assignee;
    this.ownerAgentId = owner;
  }

  ChainState chain(List<Long> pool, List<Long> excluded, Long cursor, Set<Long> offered) {
    return new ChainState(
        nextStep,
        preferredAgentId,
        assigneeAgentId,
        ownerAgentId,
        strategy,
        pool,
        excluded,
        cursor,
        offered,
        sawAvailable);
  }

  /** The chain offered the call as {@code decision} says; look again at {@code due}. */
  void offered(ChainDecision decision, Instant due) {
    nextStep = decision.nextStep();
    sawAvailable = decision.sawAvailable();
    if (firstAgentId == null) {
      firstAgentId = decision.agents().get(0);
    }
    nextDueAt = due;
  }

  /** Still ringing; the next look is due at {@code due}. */
  void dueAt(Instant due) {
    nextDueAt = due;
  }

  void missed(MissReason reason, Long firstCandidate, boolean sawAvailable, Instant at) {
    status = RingStatus.MISSED;
    missReason = reason;
    this.sawAvailable = sawAvailable;
    if (firstAgentId == null) {
      firstAgentId = firstCandidate;
    }
    nextDueAt = null;
    endedAt = at;
  }

  void accepting(long agent) {
    status = RingStatus.ACCEPTING;
    agentId = agent;
    nextDueAt = null;
  }

  void answered() {
    status = RingStatus.ANSWERED;
  }

  /** Ended otherwise: the caller hung up, or Meta refused the accept. */
  void ended(Instant at) {
    status = RingStatus.ENDED;
    nextDueAt = null;
    endedAt = at;
  }

  /** Whether a timer should look at it by {@code now}. */
  boolean dueBy(Instant now) {
    return status == RingStatus.RINGING && nextDueAt != null && !nextDueAt.isAfter(now);
  }

  long callId() {
    return callId;
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

  RingStatus status() {
    return status;
  }

  Instant deadline() {
    return deadline;
  }

  Long agentId() {
    return agentId;
  }

  Long firstAgentId() {
    return firstAgentId;
  }

  RingView view() {
    return new RingView(
        callId,
        businessId,
        numberId,
        status,
        startedAt,
        deadline,
        firstAgentId,
        agentId,
        missReason);
  }
}
