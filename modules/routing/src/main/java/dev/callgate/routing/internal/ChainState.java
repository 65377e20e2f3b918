package dev.callgate.routing.internal;

import dev.callgate.routing.OfferStep;
import dev.callgate.routing.RoutingStrategy;
import java.util.List;
import java.util.Set;

/**
 * Where one call's chain stands (R1): the personal links still to try, the number's pool as its
 * strategy walks it, and who was offered the call already.
 *
 * @param nextStep the first link not yet passed: PREFERRED, ASSIGNEE, OWNER, then POOL for good
 * @param owner null unless the business has the CRM capability
 * @param pool the number's pool, in order
 * @param excluded agents taken out of the pool, not out of the personal links (R4)
 * @param cursor the last agent the pool was offered to (R5)
 * @param offered every agent offered this call so far, whatever they did: never offered again (R7)
 * @param sawAvailable whether any candidate was available but busy so far
 */
record ChainState(
    OfferStep nextStep,
    Long preferred,
    Long assignee,
    Long owner,
    RoutingStrategy strategy,
    List<Long> pool,
    List<Long> excluded,
    Long cursor,
    Set<Long> offered,
    boolean sawAvailable) {

  /** The pool the strategy walks: without its excluded agents (R4). */
  List<Long> walkedPool() {
    return pool.stream().filter(a -> !excluded.contains(a)).toList();
  }

  Long personal(OfferStep step) {
    return switch (step) {
      case PREFERRED -> preferred;
      case ASSIGNEE -> assignee;
      case OWNER -> owner;
      case POOL -> null;
    };
  }
}
