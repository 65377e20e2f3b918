package dev.callgate.calls.internal;

import dev.callgate.calls.CallbackStatus;
import dev.callgate.calls.CallbackTaskView;
import dev.callgate.calls.CallbackTasks;
import dev.callgate.calls.Page;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Lists callback tasks, paged in the database. */
@Stateless
public class DefaultCallbackTasks implements CallbackTasks {

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @Override
  public Page<CallbackTaskView> tasks(
      long businessId, Long agentId, CallbackStatus status, int page, int size) {
    PageRequest.check(page, size);
    String where =
        " from CallbackTask t where t.businessId = :business"
            + (agentId == null ? "" : " and t.agentId = :agent")
            + (status == null ? "" : " and t.status = :status");
    TypedQuery<CallbackTask> items =
        bind(
            em.createQuery("select t" + where + " order by t.id desc", CallbackTask.class),
            businessId,
            agentId,
            status);
    TypedQuery<Long> count =
        bind(em.createQuery("select count(t)" + where, Long.class), businessId, agentId, status);
    return new Page<>(
        items
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultStream()
            .map(CallbackTask::view)
            .toList(),
        page,
        size,
        count.getSingleResult());
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, long businessId, Long agentId, CallbackStatus status) {
    query.setParameter("business", businessId);
    if (agentId != null) {
      query.setParameter("agent", agentId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }
}
