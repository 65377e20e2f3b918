package dev.callgate.calls.internal;

import dev.callgate.cloudapi.webhook.WebhookEvent;
import dev.callgate.cloudapi.webhook.WebhookParser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Processes one stored event. The row is locked first, so a repeated queue message for the same
 * event waits and then finds it processed: each event is processed exactly once.
 */
@Stateless
public class WebhookProcessor {

  private static final Logger LOG = Logger.getLogger(WebhookProcessor.class.getName());

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @Inject private WebhookDispatcher dispatcher;

  @Inject private WebhookQueue queue;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "callgate.webhook.max-attempts", defaultValue = "5")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "callgate.webhook.retry.initial-delay-ms", defaultValue = "1000")
  long initialDelay;

  @Inject
  @ConfigProperty(name = "callgate.webhook.retry.multiplier", defaultValue = "2")
  double multiplier;

  @Inject
  @ConfigProperty(name = "callgate.webhook.retry.max-delay-ms", defaultValue = "300000")
  long maxDelay;

  private RetryPolicy retries;

  @PostConstruct
  void configure() {
    retries = new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay);
  }

  /** Dispatches the event in a transaction of its own: it commits with the PROCESSED mark. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void process(long eventId) {
    WebhookEventEntry entry =
        em.find(WebhookEventEntry.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null) {
      // Ids are queued only after their row committed, so a missing row never was (a message
      // that outlived its database, say): nothing to process, and nothing to retry.
      LOG.warning(() -> "Dropping queued webhook event " + eventId + ": no such event is stored");
      return;
    }
    if (!entry.awaitsProcessing()) {
      return;
    }
    List<WebhookEvent> events =
        WebhookParser.parse(entry.payload().getBytes(StandardCharsets.UTF_8));
    for (WebhookEvent event : events) {
      dispatcher.dispatch(event, eventId);
    }
    entry.processed(clock.instant());
  }

  /**
   * Counts a failed attempt in the listener's transaction and schedules the next one, so the queue
   * message is consumed only together with that record.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void recordFailure(long eventId, String error) {
    WebhookEventEntry entry =
        em.find(WebhookEventEntry.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null || !entry.awaitsProcessing()) {
      return;
    }
    Long delay = entry.failed(error, clock.instant(), retries);
    if (delay == null) {
      LOG.warning(
          () ->
              "Webhook event " + eventId + " is dead after " + maxAttempts + " attempts: " + error);
    } else {
      queue.enqueue(eventId, delay);
    }
  }
}
