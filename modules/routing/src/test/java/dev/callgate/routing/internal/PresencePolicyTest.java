package dev.callgate.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.routing.Activity;
import dev.callgate.routing.Availability;
import dev.callgate.routing.PresenceSource;
import dev.callgate.routing.internal.Eligibility.Verdict;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Presence and eligibility rules on one agent, with the clock moved by hand. */
class PresencePolicyTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final Duration TTL = Duration.ofSeconds(300);
  private final Eligibility eligibility = new Eligibility(Duration.ofSeconds(60));

  private AgentPresence online(PresenceSource source) {
    AgentPresence agent = new AgentPresence(7, 1, T0);
    agent.set(Availability.ONLINE, source, null, T0, TTL);
    return agent;
  }

  @Test
  void R12_anAgentOnlineInTheConsoleRingsOnlyWhileTheConsoleBeats() {
    AgentPresence agent = online(PresenceSource.CONSOLE);
    assertThat(eligibility.of(agent.state(), T0)).isEqualTo(Verdict.OFFLINE);
    agent.beat(T0);
    assertThat(eligibility.of(agent.state(), T0.plusSeconds(60))).isEqualTo(Verdict.ELIGIBLE);
    assertThat(eligibility.of(agent.state(), T0.plusSeconds(61))).isEqualTo(Verdict.OFFLINE);
  }

  @Test
  void R12_anAgentSetOnlineOverTheApiStaysReachableForTheTtlAndEachPutRefreshesIt() {
    AgentPresence agent = online(PresenceSource.API);
    assertThat(eligibility.of(agent.state(), T0.plusSeconds(299))).isEqualTo(Verdict.ELIGIBLE);
    assertThat(eligibility.of(agent.state(), T0.plusSeconds(300))).isEqualTo(Verdict.OFFLINE);
    agent.set(Availability.ONLINE, PresenceSource.API, null, T0.plusSeconds(200), TTL);
    assertThat(eligibility.of(agent.state(), T0.plusSeconds(499))).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void R2_anAwayOrOfflineAgentIsNeverEligibleEvenWhileTheConsoleBeats() {
    AgentPresence agent = online(PresenceSource.CONSOLE);
    agent.beat(T0);
    agent.set(Availability.AWAY, PresenceSource.CONSOLE, null, T0, TTL);
    assertThat(eligibility.of(agent.state(), T0)).isEqualTo(Verdict.OFFLINE);
  }

  @Test
  void R3_aRingingOrTalkingAgentIsBusy() {
    AgentPresence agent = online(PresenceSource.API);
    agent.ring(42);
    assertThat(eligibility.of(agent.state(), T0)).isEqualTo(Verdict.BUSY);
    agent.onCall(42);
    assertThat(eligibility.of(agent.state(), T0)).isEqualTo(Verdict.BUSY);
    assertThat(agent.view(eligibility, T0).onCall()).isTrue();
  }

  @Test
  void R10_afterACallTheAgentIsInWrapUpAndOfferedNothingUntilItEnds() {
    AgentPresence agent = online(PresenceSource.API);
    agent.onCall(42);
    agent.callEnded(42, T0.plusSeconds(10));
    assertThat(eligibility.of(agent.state(), T0.plusSeconds(9))).isEqualTo(Verdict.BUSY);
    assertThat(agent.view(eligibility, T0.plusSeconds(9)).activity()).isEqualTo(Activity.WRAP_UP);
    assertThat(eligibility.of(agent.state(), T0.plusSeconds(10))).isEqualTo(Verdict.ELIGIBLE);
    assertThat(agent.view(eligibility, T0.plusSeconds(10)).activity()).isEqualTo(Activity.IDLE);
  }

  @Test
  void R9_theThirdOfferInARowLeftToRingOutSetsTheAgentAway() {
    AgentPresence agent = online(PresenceSource.API);
    assertThat(agent.rangOut(3)).isFalse();
    assertThat(agent.rangOut(3)).isFalse();
    assertThat(agent.rangOut(3)).isTrue();
  }

  @Test
  void R9_answeringAnOfferEitherWayStartsTheStreakAgain() {
    AgentPresence agent = online(PresenceSource.API);
    agent.rangOut(3);
    agent.rangOut(3);
    agent.responded();
    assertThat(agent.rangOut(3)).isFalse();
    assertThat(agent.rangOut(3)).isFalse();
    assertThat(agent.rangOut(3)).isTrue();
  }

  @Test
  void R9_aRepeatedOnlineFromTheApiKeepsTheStreakButComingBackFromAwayClearsIt() {
    AgentPresence agent = online(PresenceSource.API);
    agent.rangOut(3);
    agent.rangOut(3);
    agent.set(Availability.ONLINE, PresenceSource.API, null, T0.plusSeconds(60), TTL);
    assertThat(agent.rangOut(3)).as("the keep-alive PUT is no answer").isTrue();
    agent.set(Availability.AWAY, PresenceSource.SYSTEM, "did not answer", T0, TTL);
    agent.set(Availability.ONLINE, PresenceSource.API, null, T0, TTL);
    assertThat(agent.rangOut(3)).isFalse();
  }

  @Test
  void aBeatNeverMovesBackInTime() {
    AgentPresence agent = online(PresenceSource.CONSOLE);
    agent.beat(T0.plusSeconds(30));
    agent.beat(T0);
    assertThat(agent.state().heartbeatAt()).isEqualTo(T0.plusSeconds(30));
  }
}
