package dev.callgate.routing.internal;

import dev.callgate.routing.MissReason;
import dev.callgate.routing.OfferStep;
import java.util.List;

/**
 * What the chain does next: offer the call to {@code agents} (one, or the whole eligible pool with
 * RING_ALL), or give up with {@code missed}.
 *
 * @param step the link the offers belong to
 * @param nextStep where the chain stands afterwards
 * @param cursor the pool's new round-robin cursor
 */
record ChainDecision(
    List<Long> agents,
    OfferStep step,
    OfferStep nextStep,
    Long cursor,
    boolean sawAvailable,
    MissReason missed) {

  boolean offers() {
    return !agents.isEmpty();
  }
}
