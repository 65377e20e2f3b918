package dev.callgate.calls.internal;

import dev.callgate.calls.WebhookEventStatus;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * A safety net under the queue: an event still waiting well after its due time (its message lost,
 * say, with a broker's journal) is enqueued again. Processing locks the row and skips done events,
 * so a message too many costs nothing.
 */
@Singleton
public class WebhookSweeper {

  private static final Logger LOG = Logger.getLogger(WebhookSweeper.class.getName());

  private static final long GRACE_SECONDS = 20;

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @Inject private WebhookQueue queue;

  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void sweep() {
    Instant due = clock.instant().minusSeconds(GRACE_SECONDS);
    List<Long> overdue =
        em.createQuery(
                "select e.id from WebhookEventEntry e where (e.status = :received and e.receivedAt"
                    + " < :due) or (e.status = :failed and e.nextAttemptAt < :due)",
                Long.class)
            .setParameter("received", WebhookEventStatus.RECEIVED)
            .setParameter("failed", WebhookEventStatus.FAILED)
            .setParameter("due", due)
            .setMaxResults(500)
            .getResultList();
    if (!overdue.isEmpty()) {
      LOG.warning(() -> "Re-enqueuing " + overdue.size() + " overdue webhook event(s): " + overdue);
      overdue.forEach(id -> queue.enqueue(id, 0));
    }
  }
}
