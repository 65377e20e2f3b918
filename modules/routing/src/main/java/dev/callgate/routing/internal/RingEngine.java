package dev.callgate.routing.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.routing.Availability;
import dev.callgate.routing.MissReason;
import dev.callgate.routing.OfferClosed;
import dev.callgate.routing.OfferMade;
import dev.callgate.routing.OfferOutcome;
import dev.callgate.routing.OfferStep;
import dev.callgate.routing.PresenceSource;
import dev.callgate.routing.RingEnded;
import dev.callgate.routing.RoutingSettings;
import dev.callgate.routing.RoutingStrategy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves rings along their chain: makes offers, lets them ring out (R7, R9), and gives up when the
 * chain is exhausted or the accept window is over, firing {@link RingEnded}. Every method expects
 * the caller to hold the business's routing lock.
 */
@ApplicationScoped
public class RingEngine {

  @EJB private AgentService agents;

  @Inject private RoutingRows rows;

  @Inject private RoutingConfig config;

  @Inject private PresenceChanges presences;

  @Inject private Event<OfferMade> made;

  @Inject private Event<OfferClosed> closed;

  @Inject private Event<RingEnded> ended;

  /** Offers the call to the chain's next eligible agents, or gives up (R1-R7, R11). */
  void advance(Ring ring, Instant now) {
    if (!now.isBefore(ring.deadline())) {
      giveUp(ring, MissReason.NOBODY_ACCEPTED, now);
      return;
    }
    NumberRouting number = rows.number(ring.numberId()).orElse(null);
    ChainState state = chain(ring, number);
    ChainDecision decision =
        OfferChain.next(state, new Verdicts(rows, ring.businessId(), config.eligibility(), now));
    if (!decision.offers()) {
      ring.missed(
          decision.missed(), OfferChain.firstCandidate(state), decision.sawAvailable(), now);
      ended.fire(
          new RingEnded(
              ring.callId(), ring.businessId(), decision.missed(), ring.firstAgentId(), now));
      return;
    }
    Instant expires = min(now.plus(config.ring()), ring.deadline());
    for (Long agent : decision.agents()) {
      rows.presence(ring.businessId(), agent, now).ring(ring.callId());
      Offer offer =
          new Offer(ring.callId(), ring.businessId(), agent, decision.step(), now, expires);
      rows.add(offer);
      made.fire(new OfferMade(offer.view(ring.numberId(), ring.waId())));
    }
    if (decision.step() == OfferStep.POOL && state.strategy() == RoutingStrategy.ROUND_ROBIN) {
      rows.numberForUpdate(ring.numberId(), ring.businessId()).offeredTo(decision.cursor());
    }
    ring.offered(decision, expires);
  }

  /**
   * A timer looks at the ring: offers whose ring time is up ring out, and the chain moves on; at
   * the end of the accept window the ring gives up (C3).
   */
  void expire(Ring ring, Instant now) {
    if (!ring.dueBy(now)) {
      // another timer (on this node or another) moved it on meanwhile
      return;
    }
    List<Offer> open = rows.offers(ring.callId()).stream().filter(Offer::open).toList();
    for (Offer offer : open) {
      if (offer.rangOutBy(now)) {
        close(ring, offer, OfferOutcome.RANG_OUT, now);
        AgentPresence agent = rows.presence(ring.businessId(), offer.agentId(), now);
        if (agent.rangOut(config.maxNoAnswer())) {
          presences.set(
              Actor.system(ring.businessId(), "routing"),
              agent,
              Availability.AWAY,
              PresenceSource.SYSTEM,
              "did not answer " + config.maxNoAnswer() + " calls in a row",
              now);
        }
      }
    }
    stillRingingOrNext(ring, now);
  }

  /** The agent declined: the offer closes and, when nothing else rings, the chain moves on. */
  void decline(Ring ring, Offer offer, Instant now) {
    close(ring, offer, OfferOutcome.DECLINED, now);
    rows.presence(ring.businessId(), offer.agentId(), now).responded();
    stillRingingOrNext(ring, now);
  }

  /** The agent took the call: every other offer is withdrawn at once (R11). */
  void accept(Ring ring, Offer offer, Instant now) {
    offer.close(OfferOutcome.ACCEPTED, now);
    closed.fire(new OfferClosed(offer.view(ring.numberId(), ring.waId())));
    AgentPresence agent = rows.presence(ring.businessId(), offer.agentId(), now);
    agent.responded();
    agent.onCall(ring.callId());
    withdrawOpen(ring, now);
    ring.accepting(offer.agentId());
  }

  /** Every offer still ringing is taken back (another accepted, or the call ended). */
  void withdrawOpen(Ring ring, Instant now) {
    rows.offers(ring.callId()).stream()
        .filter(Offer::open)
        .forEach(o -> close(ring, o, OfferOutcome.WITHDRAWN, now));
  }

  /**
   * The agent can no longer take calls: an offer ringing for them is withdrawn and its ring is due
   * at once, so the next timer moves it on.
   */
  void withdrawFrom(AgentPresence agent, Instant now) {
    for (Offer offer : rows.openOffers(agent.agentId())) {
      rows.ring(offer.callId())
          .ifPresent(
              ring -> {
                close(ring, offer, OfferOutcome.WITHDRAWN, now);
                ring.dueAt(now);
              });
    }
  }

  /** Gives up on a ring that is still ringing, withdrawing what rings. */
  void giveUp(Ring ring, MissReason reason, Instant now) {
    withdrawOpen(ring, now);
    ChainState state = chain(ring, rows.number(ring.numberId()).orElse(null));
    ring.missed(reason, OfferChain.firstCandidate(state), state.sawAvailable(), now);
    ended.fire(new RingEnded(ring.callId(), ring.businessId(), reason, ring.firstAgentId(), now));
  }

  private void stillRingingOrNext(Ring ring, Instant now) {
    if (!now.isBefore(ring.deadline())) {
      giveUp(ring, MissReason.NOBODY_ACCEPTED, now);
      return;
    }
    rows.offers(ring.callId()).stream()
        .filter(Offer::open)
        .map(Offer::expiresAt)
        .min(Instant::compareTo)
        .ifPresentOrElse(ring::dueAt, () -> advance(ring, now));
  }

  private void close(Ring ring, Offer offer, OfferOutcome how, Instant now) {
    offer.close(how, now);
    rows.presence(ring.businessId(), offer.agentId(), now).stopRinging(ring.callId());
    closed.fire(new OfferClosed(offer.view(ring.numberId(), ring.waId())));
  }

  private ChainState chain(Ring ring, NumberRouting number) {
    RoutingSettings settings = number == null ? RoutingSettings.defaults() : number.settings();
    Set<Long> offered =
        rows.offers(ring.callId()).stream().map(Offer::agentId).collect(Collectors.toSet());
    // an empty pool is every agent of the business, in id order
    List<Long> pool =
        settings.pool().isEmpty()
            ? agents.agents(ring.businessId()).stream().map(AgentView::id).sorted().toList()
            : settings.pool();
    return ring.chain(pool, settings.excluded(), number == null ? null : number.cursor(), offered);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
