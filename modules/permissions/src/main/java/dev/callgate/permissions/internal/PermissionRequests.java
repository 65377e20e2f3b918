package dev.callgate.permissions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The requests sent to each pair; read and written only while the pair is locked. */
@ApplicationScoped
public class PermissionRequests {

  /** The longest window a request limit looks back on (P4). */
  private static final Duration LOOK_BACK = Duration.ofDays(7);

  @PersistenceContext(unitName = "permissions")
  private EntityManager em;

  public void add(PermissionRequest request) {
    em.persist(request);
  }

  public PermissionRequest find(long id) {
    return em.find(PermissionRequest.class, id);
  }

  /** Whether a request to the pair awaits the Cloud API's answer (a reply may outrun it). */
  public boolean anySending(PermissionPair pair) {
    return em.createNamedQuery(PermissionRequest.SENDING, Long.class)
            .setParameter("pair", pair.id())
            .getSingleResult()
        > 0;
  }

  /**
   * When the pair's requests inside the longest limit window were sent, those still being sent
   * included and failed ones left out (P4).
   */
  public List<Instant> sentRecently(PermissionPair pair, Instant now) {
    return em.createNamedQuery(PermissionRequest.SENT_SINCE, Instant.class)
        .setParameter("pair", pair.id())
        .setParameter("since", now.minus(LOOK_BACK))
        .getResultList();
  }

  /** The request a reply names as its context (P12); never the most recent one by default. */
  public Optional<PermissionRequest> byMessage(PermissionPair pair, String messageId) {
    return em.createNamedQuery(PermissionRequest.BY_MESSAGE, PermissionRequest.class)
        .setParameter("pair", pair.id())
        .setParameter("message", messageId)
        .getResultStream()
        .findFirst();
  }

  /** A newer request expires every earlier one Meta took at once (P6). */
  public void supersedeLive(PermissionPair pair, Instant now) {
    em.createNamedQuery(PermissionRequest.LIVE, PermissionRequest.class)
        .setParameter("pair", pair.id())
        .setParameter("now", now)
        .getResultList()
        .forEach(r -> r.supersede(now));
  }

  public List<PermissionRequest> ofPair(PermissionPair pair) {
    return em.createNamedQuery(PermissionRequest.OF_PAIR, PermissionRequest.class)
        .setParameter("pair", pair.id())
        .getResultList();
  }

  public Optional<PermissionRequest> newest(PermissionPair pair) {
    return em.createNamedQuery(PermissionRequest.OF_PAIR, PermissionRequest.class)
        .setParameter("pair", pair.id())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
