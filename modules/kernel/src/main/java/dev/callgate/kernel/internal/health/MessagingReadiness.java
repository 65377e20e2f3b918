package dev.callgate.kernel.internal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The webhook queue must be reachable: webhooks are acknowledged only once they can be queued. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = "java:/jms/queue/CallgateWebhookQueue")
  Queue webhooks;

  @Override
  public HealthCheckResponse call() {
    try (JMSContext context = connections.createContext();
        QueueBrowser browser = context.createBrowser(webhooks)) {
      browser.getEnumeration();
      return HealthCheckResponse.named("jms")
          .up()
          .withData("queue", webhooks.getQueueName())
          .build();
    } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
      return HealthCheckResponse.named("jms")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
