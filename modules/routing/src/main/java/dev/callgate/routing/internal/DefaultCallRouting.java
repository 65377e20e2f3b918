package dev.callgate.routing.internal;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.BusinessView;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.accounts.NumberView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.WaId;
import dev.callgate.routing.AgentPayloads;
import dev.callgate.routing.CallRouting;
import dev.callgate.routing.MissReason;
import dev.callgate.routing.OfferView;
import dev.callgate.routing.RingRequest;
import dev.callgate.routing.RingStatus;
import dev.callgate.routing.RingView;
import dev.callgate.routing.RoutingSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Routing's face to the calls module. Each method takes the business's routing lock before it reads
 * anything, then reads the clock, so decisions on any node see each other's results.
 */
@Stateless
public class DefaultCallRouting implements CallRouting {

  @EJB private BusinessService businesses;

  @EJB private ContactService contacts;

  @Inject private AgentPayloads payloads;

  @Inject private RoutingRows rows;

  @Inject private RoutingConfig config;

  @Inject private RingEngine engine;

  @Inject private Clock clock;

  @Override
  public RingView start(RingRequest request) {
    rows.lockBusiness(request.businessId());
    Instant now = clock.instant();
    NumberView number =
        businesses
            .number(request.businessId(), request.numberId())
            .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No number"));
    Optional<ContactView> contact = contacts.contact(request.businessId(), WaId.of(request.waId()));
    boolean crm = businesses.business(request.businessId()).map(BusinessView::crm).orElse(false);
    RoutingSettings settings =
        rows.number(number.id()).map(NumberRouting::settings).orElse(RoutingSettings.defaults());
    Ring ring =
        new Ring(
            request,
            settings.strategy(),
            request.arrivedAt().plus(config.acceptWindow()),
            payloads.agentOf(request.businessId(), request.payload()).orElse(null),
            contact.map(ContactView::assigneeAgentId).orElse(null),
            crm ? contact.map(ContactView::ownerAgentId).orElse(null) : null);
    rows.add(ring);
    Optional<MissReason> closed = OpeningHours.closedAt(number.settings(), now);
    if (closed.isPresent()) {
      engine.giveUp(ring, closed.get(), now);
    } else {
      engine.advance(ring, now);
    }
    return ring.view();
  }

  @Override
  public RingView reserveAccept(long callId, long agentId) {
    Ring ring = locked(callId);
    Instant now = clock.instant();
    if (ring.status() != RingStatus.RINGING) {
      throw conflict(callId, taken(ring, agentId));
    }
    if (!now.isBefore(ring.deadline())) {
      throw conflict(callId, "its accept window ended at " + ring.deadline());
    }
    Offer offer = openOffer(ring, agentId);
    engine.accept(ring, offer, now);
    return ring.view();
  }

  @Override
  public RingView accepted(long callId, long agentId) {
    Ring ring = locked(callId);
    if (ring.status() == RingStatus.ACCEPTING && Long.valueOf(agentId).equals(ring.agentId())) {
      ring.answered();
    }
    return ring.view();
  }

  @Override
  public RingView acceptFailed(long callId, long agentId) {
    Ring ring = locked(callId);
    Instant now = clock.instant();
    rows.presence(ring.businessId(), agentId, now).callEnded(callId, null);
    if (ring.status() == RingStatus.ACCEPTING) {
      ring.ended(now);
    }
    return ring.view();
  }

  @Override
  public RingView decline(long callId, long agentId) {
    Ring ring = locked(callId);
    if (ring.status() != RingStatus.RINGING) {
      throw conflict(callId, taken(ring, agentId));
    }
    engine.decline(ring, openOffer(ring, agentId), clock.instant());
    return ring.view();
  }

  @Override
  public void callEnded(long callId) {
    Optional<Ring> found = rows.ring(callId);
    if (found.isEmpty()) {
      return;
    }
    Ring ring = locked(callId);
    Instant now = clock.instant();
    if (ring.status() == RingStatus.RINGING) {
      engine.withdrawOpen(ring, now);
      ring.ended(now);
    } else if (ring.agentId() != null) {
      rows.presence(ring.businessId(), ring.agentId(), now)
          .callEnded(callId, now.plus(config.wrapUp()));
      if (ring.status() == RingStatus.ACCEPTING) {
        ring.ended(now);
      }
    }
  }

  @Override
  public void outboundStarted(long businessId, long agentId, long callId) {
    rows.lockBusiness(businessId);
    Instant now = clock.instant();
    AgentPresence agent = rows.presence(businessId, agentId, now);
    engine.withdrawFrom(agent, now);
    agent.onCall(callId);
  }

  @Override
  public void outboundEnded(long businessId, long agentId, long callId, boolean connected) {
    rows.lockBusiness(businessId);
    Instant now = clock.instant();
    rows.existingPresence(agentId)
        .ifPresent(p -> p.callEnded(callId, connected ? now.plus(config.wrapUp()) : null));
  }

  @Override
  public Optional<RingView> ring(long callId) {
    return rows.ring(callId).map(Ring::view);
  }

  @Override
  public List<OfferView> offers(long callId) {
    return rows.ring(callId)
        .map(r -> rows.offers(callId).stream().map(o -> o.view(r.numberId(), r.waId())).toList())
        .orElse(List.of());
  }

  /** The ring, read under its business's lock (the business is known only from the ring). */
  private Ring locked(long callId) {
    Ring ring =
        rows.ring(callId)
            .orElseThrow(() -> conflict(callId, "it is not an inbound call being routed"));
    rows.lockBusiness(ring.businessId());
    return rows.refreshed(ring);
  }

  private Offer openOffer(Ring ring, long agentId) {
    return rows.offers(ring.callId()).stream()
        .filter(o -> o.open() && o.agentId() == agentId)
        .findFirst()
        .orElseThrow(() -> conflict(ring.callId(), "it is not ringing for agent " + agentId));
  }

  private static String taken(Ring ring, long agentId) {
    return switch (ring.status()) {
      case ACCEPTING, ANSWERED ->
          ring.agentId() != null && ring.agentId() == agentId
              ? "agent " + agentId + " accepted it already"
              : "another agent accepted it";
      case MISSED -> "it was missed: nobody took it in time";
      default -> "it has ended";
    };
  }

  private static CallingException conflict(long callId, String why) {
    return CallingException.of(ErrorCode.CONFLICT, "Call " + callId + " cannot be answered: " + why)
        .rule("C3");
  }
}
