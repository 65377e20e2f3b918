package dev.callgate.permissions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * What a finished call does to the pair (P5, P8). Each call counts once: its id is claimed first
 * ({@code on conflict do nothing}), so a terminate webhook processed twice changes nothing the
 * second time.
 */
@ApplicationScoped
public class CallOutcomes {

  private static final Logger LOG = Logger.getLogger(CallOutcomes.class.getName());

  @PersistenceContext(unitName = "permissions")
  private EntityManager em;

  @Inject private PermissionPairs pairs;

  @Inject private PermissionSettings settings;

  @Inject private Clock clock;

  public void record(
      String numberId,
      String waId,
      String callId,
      boolean businessInitiated,
      boolean answered,
      Instant at) {
    int claimed =
        em.createNativeQuery(
                "insert into permissions_call_outcome (call_id, number_id, wa_id, answered,"
                    + " recorded_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
            .setParameter(1, callId)
            .setParameter(2, numberId)
            .setParameter(3, waId)
            .setParameter(4, answered)
            .setParameter(5, clock.instant())
            .executeUpdate();
    if (claimed == 0) {
      LOG.fine(() -> "Outcome of call " + callId + " was already counted");
      return;
    }
    // a customer never asked has no limits to reset and no permission to revoke
    pairs
        .find(numberId, waId)
        .ifPresent(
            found -> {
              PermissionPair pair = pairs.lockById(found.id());
              pairs.record(pair, pair.settle(clock.instant()));
              boolean promptedBefore = pair.promptedToReconsider();
              pairs.record(
                  pair,
                  pair.callEnded(
                      businessInitiated,
                      answered,
                      callId,
                      at,
                      new UnansweredCallPolicy(settings.limits())));
              if (pair.promptedToReconsider() && !promptedBefore) {
                pairs.prompted(pair);
              }
            });
  }
}
