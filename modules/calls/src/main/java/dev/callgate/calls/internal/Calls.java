package dev.callgate.calls.internal;

import dev.callgate.calls.CallQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

  /** Stores a new call and gives it its id at once. */
  public void add(Call call) {
    em.persist(call);
    em.flush();
  }

  public Optional<Call> find(long id) {
    return Optional.ofNullable(em.find(Call.class, id));
  }

  /** The call locked until the transaction ends, with what others committed before the lock. */
  public Call lock(long id) {
    Call call = em.find(Call.class, id);
    em.flush();
    em.refresh(call, LockModeType.PESSIMISTIC_WRITE);
    return call;
  }

  /** The call Meta knows by this id, not locked. */
  public Optional<Call> byWaCallId(String waCallId) {
    return em.createNamedQuery(Call.BY_WA_CALL, Call.class)
        .setParameter("waCallId", waCallId)
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

  /** One page of the business's calls, newest first, and how many match in all. */
  public List<Call> page(long businessId, CallQuery q) {
    return query(businessId, q, "select c", " order by c.startedAt desc, c.id desc", Call.class)
        .setFirstResult(q.page() * q.size())
        .setMaxResults(q.size())
        .getResultList();
  }

  public long count(long businessId, CallQuery q) {
    return query(businessId, q, "select count(c)", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(
      long businessId, CallQuery q, String select, String order, Class<T> type) {
    Map<String, Object> where = new TreeMap<>();
    where.put("direction", q.direction());
    where.put("status", q.status());
    where.put("missedBy", q.missedBy());
    where.put("agentId", q.agentId());
    where.put("waId", q.waId());
    StringBuilder jpql =
        new StringBuilder(select).append(" from Call c where c.businessId = :business");
    where.forEach(
        (field, value) -> {
          if (value != null) {
            jpql.append(" and c.").append(field).append(" = :").append(field);
          }
        });
    if (q.from() != null) {
      jpql.append(" and c.startedAt >= :from");
    }
    if (q.to() != null) {
      jpql.append(" and c.startedAt < :to");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    query.setParameter("business", businessId);
    where.forEach(
        (field, value) -> {
          if (value != null) {
            query.setParameter(field, value);
          }
        });
    if (q.from() != null) {
      query.setParameter("from", q.from());
    }
    if (q.to() != null) {
      query.setParameter("to", q.to());
    }
    return query;
  }
}
