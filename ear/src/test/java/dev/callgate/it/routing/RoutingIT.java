package dev.callgate.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.AuditLog;
import dev.callgate.it.Deployments;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.routing.Activity;
import dev.callgate.routing.Availability;
import dev.callgate.routing.CallRouting;
import dev.callgate.routing.MissReason;
import dev.callgate.routing.OfferOutcome;
import dev.callgate.routing.OfferView;
import dev.callgate.routing.Presence;
import dev.callgate.routing.PresenceSource;
import dev.callgate.routing.PresenceView;
import dev.callgate.routing.RingRequest;
import dev.callgate.routing.RingStatus;
import dev.callgate.routing.RingView;
import dev.callgate.routing.RoutingSettings;
import dev.callgate.routing.RoutingSettingsService;
import dev.callgate.routing.RoutingStrategy;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Routing inside the server: presence changes audited, and free agents under concurrent calls. */
@ExtendWith(ArquillianExtension.class)
class RoutingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(RoutingIT.class, SeededBusiness.class);
  }

  @Resource(lookup = "java:jboss/datasources/CallgateDS")
  DataSource db;

  @Inject Presence presence;
  @Inject CallRouting routing;
  @Inject RoutingSettingsService settings;
  @Inject AgentService agents;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Test
  void A3_anAvailabilityChangeIsAuditedWithWhoAndWhere() {
    AgentView kavya = agents.byEmail("kavya@sunrise.example").orElseThrow();
    Actor actor = new Actor(kavya.businessId(), "agent:priya@sunrise.example", "10.1.2.3");
    Availability next =
        presence.presence(kavya.businessId(), kavya.id()).availability() == Availability.AWAY
            ? Availability.OFFLINE
            : Availability.AWAY;

    PresenceView set = presence.set(actor, kavya.id(), next, PresenceSource.CONSOLE);

    assertEquals(next, set.availability());
    var entry = audit.recent(kavya.businessId(), 1).get(0);
    assertEquals("agent.availability", entry.action());
    assertEquals("agent:" + kavya.id(), entry.target());
    assertEquals("agent:priya@sunrise.example", entry.principal());
    assertEquals("10.1.2.3", entry.source());
  }

  @Test
  void A2_anAgentOfAnotherBusinessCannotBeSwitchedNorBeatFor() {
    AgentView ana = agents.byEmail("ana@aurora.example").orElseThrow();
    long sunrise = agents.byEmail("priya@sunrise.example").orElseThrow().businessId();
    Actor sunriseActor = Actor.system(sunrise, "test");
    CallingException refused =
        assertThrows(
            CallingException.class,
            () -> presence.set(sunriseActor, ana.id(), Availability.OFFLINE, PresenceSource.API));
    assertEquals(ErrorCode.NOT_FOUND, refused.code());
    assertEquals(
        ErrorCode.NOT_FOUND,
        assertThrows(CallingException.class, () -> presence.heartbeat(sunrise, ana.id())).code());
  }

  @Test
  void R12_aConsoleBeatMakesAnOnlineAgentReachable() throws Exception {
    SeededBusiness shop = SeededBusiness.create(db, 1);
    try {
      long agent = shop.agents().get(0);
      presence.set(
          Actor.system(shop.id(), "test"), agent, Availability.ONLINE, PresenceSource.CONSOLE);
      assertFalse(presence.presence(shop.id(), agent).reachable());
      assertTrue(presence.heartbeat(shop.id(), agent).reachable());
    } finally {
      shop.remove(db);
    }
  }

  /**
   * R5 with the cursor where it lives, in the database: a thousand calls, each ended by its caller
   * before the next, are shared evenly among five agents.
   */
  @Test
  void R5_aThousandCallsAreSharedEvenlyByTheStoredCursor() throws Exception {
    SeededBusiness shop = SeededBusiness.create(db, 5);
    try {
      Actor actor = Actor.system(shop.id(), "test");
      settings.update(
          actor,
          shop.numberId(),
          new RoutingSettings(RoutingStrategy.ROUND_ROBIN, shop.agents(), List.of()));
      shop.agents().forEach(a -> presence.set(actor, a, Availability.ONLINE, PresenceSource.API));
      long firstCall = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
      java.util.Map<Long, Integer> calls = new java.util.HashMap<>();
      for (int i = 0; i < 1000; i++) {
        long callId = firstCall + i;
        routing.start(
            new RingRequest(
                callId, shop.id(), shop.numberId(), "447813000001", null, clock.instant()));
        long offered = routing.offers(callId).get(0).agentId();
        calls.merge(offered, 1, Integer::sum);
        routing.callEnded(callId);
      }
      assertEquals(5, calls.size());
      int most = calls.values().stream().max(Integer::compare).orElseThrow();
      int least = calls.values().stream().min(Integer::compare).orElseThrow();
      assertTrue(most - least <= 1, "calls per agent: " + calls);
    } finally {
      shop.remove(db);
    }
  }

  /**
   * R5 and R3 under concurrency: 50 calls arrive at once at a number whose 10 agents are all free.
   * Exactly 10 ring, each with a different agent; the other 40 find everyone busy.
   */
  @Test
  void R5_R3_fiftySimultaneousCallsNeverRingOneFreeAgentTwice() throws Exception {
    SeededBusiness shop = SeededBusiness.create(db, 10);
    try {
      fiftySimultaneousCalls(shop);
    } finally {
      shop.remove(db);
    }
  }

  private void fiftySimultaneousCalls(SeededBusiness shop) throws Exception {
    Actor actor = Actor.system(shop.id(), "test");
    settings.update(
        actor,
        shop.numberId(),
        new RoutingSettings(RoutingStrategy.ROUND_ROBIN, shop.agents(), List.of()));
    shop.agents().forEach(a -> presence.set(actor, a, Availability.ONLINE, PresenceSource.API));

    long firstCall = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    ExecutorService threads = Executors.newFixedThreadPool(50);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<RingView>> started = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        long callId = firstCall + i;
        String waId = "447812" + String.format("%06d", i);
        started.add(
            threads.submit(
                () -> {
                  go.await();
                  return routing.start(
                      new RingRequest(
                          callId, shop.id(), shop.numberId(), waId, null, clock.instant()));
                }));
      }
      go.countDown();
      List<RingView> rings = new ArrayList<>();
      for (Future<RingView> ring : started) {
        rings.add(ring.get());
      }

      assertEquals(10, rings.stream().filter(r -> r.status() == RingStatus.RINGING).count());
      List<RingView> missed = rings.stream().filter(r -> r.status() == RingStatus.MISSED).toList();
      assertEquals(40, missed.size());
      assertTrue(missed.stream().allMatch(r -> r.missReason() == MissReason.ALL_BUSY));
      // what the database holds, not what the threads were told
      List<Long> ringingAgents = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        List<OfferView> offers = routing.offers(firstCall + i);
        assertTrue(offers.size() <= 1, "one offer per call at most: " + offers);
        offers.stream()
            .filter(o -> o.outcome() == OfferOutcome.OPEN)
            .forEach(o -> ringingAgents.add(o.agentId()));
      }
      assertEquals(10, ringingAgents.size());
      assertEquals(Set.copyOf(shop.agents()), Set.copyOf(ringingAgents), "each agent once");
      assertTrue(
          presence.presences(shop.id()).stream().allMatch(p -> p.activity() == Activity.RINGING));
    } finally {
      threads.shutdownNow();
    }
  }
}
