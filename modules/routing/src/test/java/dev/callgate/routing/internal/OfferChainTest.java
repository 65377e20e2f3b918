package dev.callgate.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.routing.MissReason;
import dev.callgate.routing.OfferStep;
import dev.callgate.routing.RoutingStrategy;
import dev.callgate.routing.internal.Eligibility.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The chain of R1-R7 and R11, driven by verdicts instead of presence rows. */
class OfferChainTest {

  private static final long ASSIGNEE = 1;
  private static final long OWNER = 2;
  private static final List<Long> POOL = List.of(10L, 11L, 12L, 13L);

  private final Map<Long, Verdict> verdicts = new HashMap<>();

  private Function<Long, Verdict> verdict() {
    return id -> verdicts.getOrDefault(id, Verdict.ELIGIBLE);
  }

  /** The chain at its pool step, the personal links passed. */
  private static ChainState pool(
      RoutingStrategy strategy,
      List<Long> pool,
      List<Long> excluded,
      Long cursor,
      Set<Long> offered) {
    return new ChainState(
        OfferStep.POOL, null, null, null, strategy, pool, excluded, cursor, offered, false);
  }

  private static ChainState start(RoutingStrategy strategy, List<Long> excluded, Long cursor) {
    return new ChainState(
        OfferStep.PREFERRED,
        null,
        ASSIGNEE,
        OWNER,
        strategy,
        POOL,
        excluded,
        cursor,
        Set.of(),
        false);
  }

  @Test
  void R1_theAssigneeIsOfferedFirst() {
    ChainDecision d =
        OfferChain.next(start(RoutingStrategy.ROUND_ROBIN, List.of(), null), verdict());
    assertThat(d.agents()).containsExactly(ASSIGNEE);
    assertThat(d.step()).isEqualTo(OfferStep.ASSIGNEE);
    assertThat(d.nextStep()).isEqualTo(OfferStep.OWNER);
  }

  @Test
  void R1_R2_anOfflineAssigneeIsSkippedAndTheOwnerRings() {
    verdicts.put(ASSIGNEE, Verdict.OFFLINE);
    ChainDecision d =
        OfferChain.next(start(RoutingStrategy.ROUND_ROBIN, List.of(), null), verdict());
    assertThat(d.agents()).containsExactly(OWNER);
    assertThat(d.step()).isEqualTo(OfferStep.OWNER);
  }

  @Test
  void R1_aSignedPayloadsAgentComesBeforeTheAssignee() {
    ChainState state =
        new ChainState(
            OfferStep.PREFERRED,
            99L,
            ASSIGNEE,
            OWNER,
            RoutingStrategy.ROUND_ROBIN,
            POOL,
            List.of(),
            null,
            Set.of(),
            false);
    assertThat(OfferChain.next(state, verdict()).agents()).containsExactly(99L);
  }

  @Test
  void R4_anExcludedOwnerWhoIsOnlineAndFreeStillRings() {
    verdicts.put(ASSIGNEE, Verdict.BUSY);
    ChainDecision d =
        OfferChain.next(start(RoutingStrategy.ROUND_ROBIN, List.of(OWNER), null), verdict());
    assertThat(d.agents()).containsExactly(OWNER);
  }

  @Test
  void R4_roundRobinNeverOffersAnExcludedAgent() {
    verdicts.put(ASSIGNEE, Verdict.OFFLINE);
    verdicts.put(OWNER, Verdict.OFFLINE);
    ChainState state = pool(RoutingStrategy.ROUND_ROBIN, POOL, List.of(11L), 10L, Set.of());
    ChainDecision d = OfferChain.next(state, verdict());
    assertThat(d.agents()).containsExactly(12L);
    assertThat(d.cursor()).isEqualTo(12L);
  }

  @Test
  void R3_everyoneBusyIsMissedAsAllBusy() {
    verdicts.put(ASSIGNEE, Verdict.BUSY);
    verdicts.put(OWNER, Verdict.OFFLINE);
    POOL.forEach(a -> verdicts.put(a, Verdict.BUSY));
    ChainDecision d =
        OfferChain.next(start(RoutingStrategy.ROUND_ROBIN, List.of(), null), verdict());
    assertThat(d.offers()).isFalse();
    assertThat(d.missed()).isEqualTo(MissReason.ALL_BUSY);
  }

  @Test
  void R2_nobodyOnlineIsMissedAsAllOffline() {
    verdicts.put(ASSIGNEE, Verdict.OFFLINE);
    verdicts.put(OWNER, Verdict.OFFLINE);
    POOL.forEach(a -> verdicts.put(a, Verdict.OFFLINE));
    ChainDecision d = OfferChain.next(start(RoutingStrategy.RING_ALL, List.of(), null), verdict());
    assertThat(d.missed()).isEqualTo(MissReason.ALL_OFFLINE);
  }

  @Test
  void R5_roundRobinContinuesAfterTheLastAgentOffered() {
    ChainState state = pool(RoutingStrategy.ROUND_ROBIN, POOL, List.of(), 13L, Set.of());
    assertThat(OfferChain.next(state, verdict()).agents()).containsExactly(10L);
  }

  @Test
  void R6_orderedRingsThePrimaryThenTheBackupsInOrder() {
    verdicts.put(10L, Verdict.OFFLINE);
    ChainState state = pool(RoutingStrategy.ORDERED, POOL, List.of(), 12L, Set.of());
    ChainDecision first = OfferChain.next(state, verdict());
    assertThat(first.agents()).as("the cursor plays no part").containsExactly(11L);
    ChainState after = pool(RoutingStrategy.ORDERED, POOL, List.of(), 12L, Set.of(11L));
    assertThat(OfferChain.next(after, verdict()).agents()).containsExactly(12L);
  }

  @Test
  void R11_ringAllOffersEveryEligiblePoolAgentAtOnce() {
    verdicts.put(12L, Verdict.BUSY);
    ChainState state = pool(RoutingStrategy.RING_ALL, POOL, List.of(13L), null, Set.of());
    ChainDecision d = OfferChain.next(state, verdict());
    assertThat(d.agents()).containsExactly(10L, 11L);
    assertThat(d.step()).isEqualTo(OfferStep.POOL);
  }

  @Test
  void R7_anAgentWhoDeclinedIsNeverOfferedTheCallAgain() {
    ChainState state =
        new ChainState(
            OfferStep.POOL,
            null,
            ASSIGNEE,
            OWNER,
            RoutingStrategy.ROUND_ROBIN,
            List.of(ASSIGNEE, 10L),
            List.of(),
            null,
            Set.of(ASSIGNEE, 10L),
            false);
    ChainDecision d = OfferChain.next(state, verdict());
    assertThat(d.offers()).isFalse();
    assertThat(d.missed()).isEqualTo(MissReason.NOBODY_ACCEPTED);
  }

  @Test
  void R7_theFirstAgentOfTheChainIsTheAssigneeWhateverTheirPresence() {
    verdicts.put(ASSIGNEE, Verdict.OFFLINE);
    assertThat(OfferChain.firstCandidate(start(RoutingStrategy.ROUND_ROBIN, List.of(), 10L)))
        .isEqualTo(ASSIGNEE);
    ChainState poolOnly = pool(RoutingStrategy.ROUND_ROBIN, POOL, List.of(11L), 10L, Set.of());
    assertThat(OfferChain.firstCandidate(poolOnly)).isEqualTo(12L);
  }
}
