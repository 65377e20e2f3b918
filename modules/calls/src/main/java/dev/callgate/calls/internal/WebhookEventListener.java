package dev.callgate.calls.internal;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes event ids off the webhook queue. The processing runs in a transaction of its own; when it
 * fails, the failure is recorded (and the retry scheduled) in this listener's transaction, which
 * also consumes the message.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/CallgateWebhookQueue"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
    })
public class WebhookEventListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(WebhookEventListener.class.getName());

  @EJB private WebhookProcessor processor;

  @Override
  public void onMessage(Message message) {
    long eventId;
    try {
      eventId = Long.parseLong(((TextMessage) message).getText());
    } catch (JMSException | RuntimeException e) {
      // not ours to retry: a message that names no event can never succeed
      LOG.log(Level.WARNING, "Dropping a webhook queue message that names no event", e);
      return;
    }
    try {
      processor.process(eventId);
    } catch (RuntimeException e) {
      processor.recordFailure(eventId, describe(e));
    }
  }

  /** The innermost message, which names the real cause rather than the EJB wrapper. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
