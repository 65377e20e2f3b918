package dev.callgate.calls.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Hands event ids to the processing queue. The XA connection factory enlists the send in the
 * caller's JTA transaction: the message leaves only if the transaction that stored (or rescheduled)
 * the event commits, so there is never a message without its row, nor a stored event without its
 * message.
 */
@ApplicationScoped
public class WebhookQueue {

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  private JMSContext jms;

  @Resource(lookup = "java:/jms/queue/CallgateWebhookQueue")
  private Queue queue;

  public void enqueue(long eventId, long delayMillis) {
    jms.createProducer().setDeliveryDelay(delayMillis).send(queue, Long.toString(eventId));
  }
}
