package dev.callgate.routing.internal;

import dev.callgate.routing.MissReason;
import dev.callgate.routing.OfferStep;
import dev.callgate.routing.RoutingStrategy;
import dev.callgate.routing.internal.Eligibility.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The offer chain of R1-R7 and R11, as a plain decision. The personal links come first, one at a
 * time: the agent a signed payload names, the chat's assignee, the contact's owner; each is offered
 * the call only when eligible, excluded or not (R4). Then the pool, by the number's strategy:
 * ROUND_ROBIN continues after the last agent offered (R5), ORDERED walks the ring list from the
 * primary (R6), RING_ALL offers every eligible agent at once (R11). Nobody is offered the same call
 * twice (R7).
 */
final class OfferChain {

  private static final OfferStep[] STEPS = OfferStep.values();

  private OfferChain() {}

  static ChainDecision next(ChainState state, Function<Long, Verdict> verdict) {
    boolean sawAvailable = state.sawAvailable();
    OfferStep step = state.nextStep();
    while (step != OfferStep.POOL) {
      OfferStep current = step;
      step = STEPS[step.ordinal() + 1];
      Long agent = state.personal(current);
      if (agent == null || state.offered().contains(agent)) {
        continue;
      }
      Verdict v = verdict.apply(agent);
      sawAvailable |= v == Verdict.BUSY;
      if (v == Verdict.ELIGIBLE) {
        return new ChainDecision(List.of(agent), current, step, state.cursor(), sawAvailable, null);
      }
    }
    List<Long> pool = state.walkedPool();
    List<Long> candidates =
        state.strategy() == RoutingStrategy.ROUND_ROBIN
            ? RoundRobinCursor.rotation(pool, state.cursor())
            : pool;
    List<Long> chosen = new ArrayList<>();
    for (Long agent : candidates) {
      if (state.offered().contains(agent)) {
        continue;
      }
      Verdict v = verdict.apply(agent);
      sawAvailable |= v == Verdict.BUSY;
      if (v == Verdict.ELIGIBLE) {
        chosen.add(agent);
        if (state.strategy() != RoutingStrategy.RING_ALL) {
          break;
        }
      }
    }
    if (!chosen.isEmpty()) {
      Long cursor =
          state.strategy() == RoutingStrategy.ROUND_ROBIN ? chosen.get(0) : state.cursor();
      return new ChainDecision(
          List.copyOf(chosen), OfferStep.POOL, OfferStep.POOL, cursor, sawAvailable, null);
    }
    return new ChainDecision(
        List.of(),
        OfferStep.POOL,
        OfferStep.POOL,
        state.cursor(),
        sawAvailable,
        missReason(state, sawAvailable));
  }

  /**
   * The first agent of the chain, whatever their presence: who a callback task goes to when the
   * call rang nobody. Null when the chain has nobody at all.
   */
  static Long firstCandidate(ChainState state) {
    for (OfferStep step : STEPS) {
      Long agent = state.personal(step);
      if (agent != null) {
        return agent;
      }
    }
    List<Long> pool = state.walkedPool();
    if (pool.isEmpty()) {
      return null;
    }
    return state.strategy() == RoutingStrategy.ROUND_ROBIN
        ? RoundRobinCursor.rotation(pool, state.cursor()).get(0)
        : pool.get(0);
  }

  private static MissReason missReason(ChainState state, boolean sawAvailable) {
    if (!state.offered().isEmpty()) {
      return MissReason.NOBODY_ACCEPTED;
    }
    return sawAvailable ? MissReason.ALL_BUSY : MissReason.ALL_OFFLINE;
  }
}
