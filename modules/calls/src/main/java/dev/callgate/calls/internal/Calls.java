package dev.callgate.calls.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The calls table, and the per-number row that serialises the starts of one number's calls. */
@ApplicationScoped
public class Calls {

  private static final Duration DAY = Duration.ofHours(24);

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  /**
   * Locks the number until the transaction ends. Created race-free on first use, so two starts on
   * two nodes queue on the same row and the second sees the call the first reserved (L1, L2, L4).
   */
  public void lockNumber(String numberId) {
    em.createNativeQuery(
            "insert into calls_number_lock (number_id) values (?1) on conflict do nothing")
        .setParameter(1, numberId)
        .executeUpdate();
    em.createNativeQuery("select number_id from calls_number_lock where number_id = ?1 for update")
        .setParameter(1, numberId)
        .getResultList();
  }

  public void add(Call call) {
    em.persist(call);
  }

  public Optional<Call> find(long id) {
    return Optional.ofNullable(em.find(Call.class, id));
  }

  public Call lock(long id) {
    Call call = em.find(Call.class, id);
    em.refresh(call, LockModeType.PESSIMISTIC_WRITE);
    return call;
  }

  public Optional<Call> byWaCallId(String waCallId) {
    return em.createNamedQuery(Call.BY_WA_CALL, Call.class)
        .setParameter("waCallId", waCallId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public List<Call> liveForPair(String numberId, String waId) {
    return em.createNamedQuery(Call.LIVE_FOR_PAIR, Call.class)
        .setParameter("number", numberId)
        .setParameter("waId", waId)
        .getResultList();
  }

  public List<Instant> pairStartsSince(String numberId, String waId, Instant now) {
    return em.createNamedQuery(Call.PAIR_SINCE, Instant.class)
        .setParameter("number", numberId)
        .setParameter("waId", waId)
        .setParameter("since", now.minus(DAY))
        .getResultList();
  }

  public List<Instant> numberConnectedSince(String numberId, Instant now) {
    return em.createNamedQuery(Call.NUMBER_CONNECTED_SINCE, Instant.class)
        .setParameter("number", numberId)
        .setParameter("since", now.minus(DAY))
        .getResultList();
  }
}
