package dev.callgate.calls.internal;

import dev.callgate.calls.WebhookInbox;
import dev.callgate.calls.WebhookReceipt;
import dev.callgate.cloudapi.webhook.ParsedEvent;
import dev.callgate.cloudapi.webhook.WebhookEvent;
import dev.callgate.cloudapi.webhook.WebhookParseException;
import dev.callgate.cloudapi.webhook.WebhookParser;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Stores a delivery and its events. Duplicates are absorbed by the database, not by a check before
 * the insert: {@code on conflict do nothing} on the unique dedupe key holds when two deliveries of
 * one event race on two threads or two nodes.
 */
@Stateless
public class DefaultWebhookInbox implements WebhookInbox {

  private static final String INSERT =
      "insert into calls_webhook_event (dedupe_key, kind, call_id, message_id, phone_number_id,"
          + " waba_id, delivery_id, payload, status, attempts, duplicates, received_at)"
          + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'RECEIVED', 0, 0, ?9) on conflict do nothing";

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @Inject private WebhookQueue queue;

  @Inject private Clock clock;

  @Override
  public WebhookReceipt receive(byte[] body) {
    List<ParsedEvent> events;
    try {
      events = WebhookParser.parseEach(body);
    } catch (WebhookParseException e) {
      throw CallingException.validation(List.of(new FieldProblem("body", e.getMessage())));
    }
    Instant now = clock.instant();
    WebhookDelivery delivery = new WebhookDelivery(body, sha256(body), events.size(), now);
    em.persist(delivery);
    em.flush();
    int fresh = 0;
    for (ParsedEvent parsed : events) {
      WebhookEvent event = parsed.event();
      int inserted =
          em.createNativeQuery(INSERT)
              .setParameter(1, event.dedupeKey())
              .setParameter(2, event.kind().name())
              .setParameter(3, event.callId())
              .setParameter(4, event.messageId())
              .setParameter(5, event.envelope().phoneNumberId())
              .setParameter(6, event.envelope().wabaId())
              .setParameter(7, delivery.id())
              .setParameter(8, parsed.payload())
              .setParameter(9, now)
              .executeUpdate();
      if (inserted == 1) {
        fresh++;
        queue.enqueue(idOf(event.dedupeKey()), 0);
      } else {
        em.createNativeQuery(
                "update calls_webhook_event set duplicates = duplicates + 1 where dedupe_key = ?1")
            .setParameter(1, event.dedupeKey())
            .executeUpdate();
      }
    }
    return new WebhookReceipt(delivery.id(), events.size(), fresh);
  }

  private long idOf(String dedupeKey) {
    return ((Number)
            em.createNativeQuery("select id from calls_webhook_event where dedupe_key = ?1")
                .setParameter(1, dedupeKey)
                .getSingleResult())
        .longValue();
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
