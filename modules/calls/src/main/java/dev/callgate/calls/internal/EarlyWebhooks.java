package dev.callgate.calls.internal;

import dev.callgate.cloudapi.webhook.CallConnect;
import dev.callgate.cloudapi.webhook.CallStatus;
import dev.callgate.cloudapi.webhook.CallTerminate;
import dev.callgate.cloudapi.webhook.WebhookEvent;
import dev.callgate.cloudapi.webhook.WebhookParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds back call webhooks whose call Callgate does not know yet, and hands them over, in arrival
 * order, once it does (C4). The caller holds the call's key lock ({@link CallKeys}).
 */
@ApplicationScoped
public class EarlyWebhooks {

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @Inject private Clock clock;

  void hold(String waCallId, long webhookEventId) {
    em.persist(new EarlyWebhook(waCallId, webhookEventId, clock.instant()));
  }

  /** The held-back events of the call, oldest first; they are no longer held afterwards. */
  List<WebhookEvent> take(String waCallId) {
    List<WebhookEvent> events = new ArrayList<>();
    for (EarlyWebhook early :
        em.createNamedQuery(EarlyWebhook.OF_CALL, EarlyWebhook.class)
            .setParameter("call", waCallId)
            .getResultList()) {
      WebhookEventEntry stored = em.find(WebhookEventEntry.class, early.webhookEventId());
      if (stored != null) {
        WebhookParser.parse(stored.payload().getBytes(StandardCharsets.UTF_8)).stream()
            .filter(e -> waCallId.equals(callId(e)))
            .forEach(events::add);
      }
      em.remove(early);
    }
    return events;
  }

  private static String callId(WebhookEvent event) {
    if (event instanceof CallConnect c) {
      return c.callId();
    }
    if (event instanceof CallStatus s) {
      return s.callId();
    }
    return event instanceof CallTerminate t ? t.callId() : null;
  }
}
