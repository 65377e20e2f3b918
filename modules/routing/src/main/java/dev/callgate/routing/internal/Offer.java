package dev.callgate.routing.internal;

import dev.callgate.routing.OfferOutcome;
import dev.callgate.routing.OfferStep;
import dev.callgate.routing.OfferView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One agent offered one call; it rings until {@code expiresAt} unless answered or withdrawn. */
@Entity
@Table(name = "routing_offer")
@NamedQuery(
    name = Offer.OF_CALL,
    query = "select o from Offer o where o.callId = :call order by o.id")
@NamedQuery(
    name = Offer.OPEN_FOR_AGENT,
    query =
        "select o from Offer o where o.agentId = :agent"
            + " and o.outcome = dev.callgate.routing.OfferOutcome.OPEN order by o.id")
public class Offer {

  static final String OF_CALL = "Offer.ofCall";
  static final String OPEN_FOR_AGENT = "Offer.openForAgent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "call_id")
  private long callId;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "agent_id")
  private long agentId;

  @Enumerated(EnumType.STRING)
  private OfferStep step;

  @Column(name = "offered_at")
  private Instant offeredAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  private OfferOutcome outcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Offer() {}

  Offer(long callId, long businessId, long agentId, OfferStep step, Instant at, Instant expires) {
    this.callId = callId;
    this.businessId = businessId;
    this.agentId = agentId;
    this.step = step;
    this.offeredAt = at;
    this.expiresAt = expires;
    this.outcome = OfferOutcome.OPEN;
  }

  boolean open() {
    return outcome == OfferOutcome.OPEN;
  }

  boolean rangOutBy(Instant now) {
    return open() && !expiresAt.isAfter(now);
  }

  void close(OfferOutcome how, Instant at) {
    outcome = how;
    closedAt = at;
  }

  long agentId() {
    return agentId;
  }

  long callId() {
    return callId;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  OfferView view(String numberId, String waId) {
    return new OfferView(
        id,
        callId,
        businessId,
        numberId,
        waId,
        agentId,
        step,
        offeredAt,
        expiresAt,
        outcome,
        closedAt);
  }
}
