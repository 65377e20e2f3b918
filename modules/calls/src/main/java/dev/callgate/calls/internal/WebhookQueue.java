package dev.callgate.calls.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands event ids to the processing queue once the transaction that stored (or rescheduled) the
 * event has committed.
 *
 * <p>The database row is the durable record; the message is only the signal to process it. So the
 * message is sent after the commit, never before (a listener would otherwise find no row), and as a
 * non-persistent message: persisting it too would add the broker's journal sync and a two-phase
 * commit to every webhook for no gain. A message lost with a broker restart is covered by {@link
 * WebhookSweeper}, which re-enqueues events left waiting past their due time.
 */
@ApplicationScoped
public class WebhookQueue {

  private static final Logger LOG = Logger.getLogger(WebhookQueue.class.getName());

  @Resource(lookup = "java:/JmsXA")
  private ConnectionFactory connections;

  @Resource(lookup = "java:/jms/queue/CallgateWebhookQueue")
  private Queue queue;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private AfterCommit afterCommit;

  /** Sends after the current transaction commits, or at once when none is active. */
  public void enqueue(long eventId, long delayMillis) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      send(eventId, delayMillis);
      return;
    }
    // on another thread: this one still carries the finished transaction, which the pooled JMS
    // factory refuses
    afterCommit.run(() -> send(eventId, delayMillis));
  }

  private void send(long eventId, long delayMillis) {
    try (JMSContext jms = connections.createContext()) {
      jms.createProducer()
          .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
          .setDeliveryDelay(delayMillis)
          .send(queue, Long.toString(eventId));
    } catch (JMSRuntimeException | IllegalStateException e) {
      // the event is stored; the sweeper will hand it over again
      LOG.log(Level.WARNING, "Could not hand webhook event " + eventId + " to the queue", e);
    }
  }
}
