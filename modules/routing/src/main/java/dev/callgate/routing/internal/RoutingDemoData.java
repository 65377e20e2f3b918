package dev.callgate.routing.internal;

import dev.callgate.accounts.AgentService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets the demo agents who start the day online ONLINE, once, after accounts seeded them. Being
 * ONLINE is not enough to ring (R12): they are offered calls once their console beats.
 */
@Singleton
@Startup
@DependsOn({"RoutingSchema", "accounts.jar#DemoData"})
public class RoutingDemoData {

  private static final List<String> ONLINE =
      List.of(
          "priya@sunrise.example",
          "meera@sunrise.example",
          "rahul@sunrise.example",
          "ana@aurora.example",
          "bruno@aurora.example");

  @PersistenceContext(unitName = "routing")
  private EntityManager em;

  @EJB private AgentService agents;

  @Inject private RoutingRows rows;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "callgate.demo.enabled", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void seed() {
    long existing =
        em.createQuery("select count(p) from AgentPresence p", Long.class).getSingleResult();
    if (!enabled || existing > 0) {
      return;
    }
    Instant now = clock.instant();
    for (String email : ONLINE) {
      agents
          .byEmail(email)
          .ifPresent(
              a ->
                  rows.presence(a.businessId(), a.id(), now)
                      .set(
                          dev.callgate.routing.Availability.ONLINE,
                          dev.callgate.routing.PresenceSource.CONSOLE,
                          null,
                          now,
                          java.time.Duration.ZERO));
    }
  }
}
