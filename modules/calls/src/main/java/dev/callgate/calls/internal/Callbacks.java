package dev.callgate.calls.internal;

import dev.callgate.accounts.BusinessService;
import dev.callgate.calls.CallbackTaskChanged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Opens a callback task when a customer's call is missed by agent and the number's callback
 * requests are on (S1, R7), one per customer however often they try; closes it when a later call
 * with that customer connects, either direction.
 */
@ApplicationScoped
public class Callbacks {

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @EJB private BusinessService businesses;

  @Inject private Event<CallbackTaskChanged> changed;

  @Inject private Clock clock;

  /**
   * @param agentId the first agent of the call's chain, who the task goes to
   */
  void missed(Call call, Long agentId) {
    boolean wanted =
        businesses
            .number(call.businessId(), call.numberId())
            .map(n -> n.settings() != null && "ENABLED".equals(n.settings().callbackRequests()))
            .orElse(false);
    if (!wanted) {
      return;
    }
    List<CallbackTask> open = open(call);
    CallbackTask task;
    if (open.isEmpty()) {
      task = new CallbackTask(call, agentId, clock.instant());
      em.persist(task);
      em.flush();
    } else {
      task = open.get(0);
      task.missedAgain(call);
    }
    changed.fire(new CallbackTaskChanged(task.businessId(), task.view()));
  }

  /** The call reached the customer: their open tasks are done. */
  void reached(Call call, java.time.Instant at) {
    for (CallbackTask task : open(call)) {
      if (task.closedBy(call.id(), at)) {
        changed.fire(new CallbackTaskChanged(task.businessId(), task.view()));
      }
    }
  }

  private List<CallbackTask> open(Call call) {
    return em.createNamedQuery(CallbackTask.OPEN_FOR_CUSTOMER, CallbackTask.class)
        .setParameter("business", call.businessId())
        .setParameter("waId", call.waId())
        .getResultList();
  }
}
