package dev.callgate.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.routing.OfferStep;
import dev.callgate.routing.RoutingStrategy;
import dev.callgate.routing.internal.Eligibility.Verdict;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * R5 over many calls: with the cursor kept between calls, as the database keeps it, no eligible
 * agent gets more than one call more than another.
 */
class RoundRobinFairnessTest {

  @Test
  void R5_overAThousandCallsNoAgentGetsMoreThanOneCallMoreThanAnother() {
    List<Long> pool = LongStream.rangeClosed(1, 7).boxed().toList();
    Map<Long, Integer> calls = new HashMap<>();
    Long cursor = null;
    for (int call = 0; call < 1000; call++) {
      ChainDecision d = OfferChain.next(poolStep(pool, cursor, Set.of()), id -> Verdict.ELIGIBLE);
      calls.merge(d.agents().get(0), 1, Integer::sum);
      cursor = d.cursor();
    }
    assertThat(calls).hasSize(7);
    int most = calls.values().stream().max(Integer::compare).orElseThrow();
    int least = calls.values().stream().min(Integer::compare).orElseThrow();
    assertThat(most - least).isLessThanOrEqualTo(1);
    assertThat(calls.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
  }

  @Test
  void R5_agentsWhoDeclineStillGetTheirTurnOnTheNextCall() {
    List<Long> pool = LongStream.rangeClosed(1, 5).boxed().toList();
    Map<Long, Integer> offers = new HashMap<>();
    Random random = new Random(42);
    Long cursor = null;
    for (int call = 0; call < 1000; call++) {
      Set<Long> offered = new HashSet<>();
      while (true) {
        ChainDecision d = OfferChain.next(poolStep(pool, cursor, offered), id -> Verdict.ELIGIBLE);
        if (!d.offers()) {
          break;
        }
        long agent = d.agents().get(0);
        offers.merge(agent, 1, Integer::sum);
        offered.add(agent);
        cursor = d.cursor();
        if (random.nextInt(3) != 0) {
          break; // accepted; otherwise declined and the call moves on
        }
      }
    }
    int most = offers.values().stream().max(Integer::compare).orElseThrow();
    int least = offers.values().stream().min(Integer::compare).orElseThrow();
    assertThat(most - least).as("offers per agent %s", offers).isLessThanOrEqualTo(1);
  }

  private static ChainState poolStep(List<Long> pool, Long cursor, Set<Long> offered) {
    return new ChainState(
        OfferStep.POOL,
        null,
        null,
        null,
        RoutingStrategy.ROUND_ROBIN,
        pool,
        List.of(),
        cursor,
        offered,
        false);
  }
}
