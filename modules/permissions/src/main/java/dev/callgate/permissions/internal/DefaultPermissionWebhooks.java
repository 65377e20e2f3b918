package dev.callgate.permissions.internal;

import dev.callgate.cloudapi.webhook.PermissionReply;
import dev.callgate.cloudapi.webhook.PermissionStatus;
import dev.callgate.permissions.PermissionWebhooks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Records permission webhooks; the calls module has already absorbed duplicates. */
@Stateless
public class DefaultPermissionWebhooks implements PermissionWebhooks {

  @PersistenceContext(unitName = "permissions")
  private EntityManager em;

  @Inject private Clock clock;

  @Override
  public void onReply(PermissionReply reply) {
    em.persist(
        new PermissionWebhookRecord(
                reply.envelope().wabaId(), reply.envelope().phoneNumberId(), reply.from(), "META")
            .answered(
                reply.messageId(),
                reply.accepted() ? "ACCEPT" : "REJECT",
                reply.permanent(),
                reply.expiresAt(),
                reply.timestamp())
            .because(reply.responseSource(), reply.contextId(), clock.instant()));
  }

  @Override
  public void onStatus(PermissionStatus status) {
    em.persist(
        new PermissionWebhookRecord(status.envelope().wabaId(), null, status.recipient(), "D360")
            .answered(null, status.status(), false, null, null)
            .because(null, null, clock.instant()));
  }

  @Override
  public long repliesRecorded(String waId) {
    return em.createQuery(
            "select count(r) from PermissionWebhookRecord r where r.waId = :waId", Long.class)
        .setParameter("waId", waId)
        .getSingleResult();
  }
}
