package dev.callgate.permissions.internal;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.NumberView;
import dev.callgate.cloudapi.webhook.PermissionReply;
import dev.callgate.cloudapi.webhook.PermissionStatus;
import dev.callgate.permissions.ConsentSource;
import dev.callgate.permissions.PermissionWebhooks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies permission webhooks to their pairs; the calls module has already absorbed duplicate
 * deliveries. Each reply is also kept as received, with what it did.
 */
@Stateless
public class DefaultPermissionWebhooks implements PermissionWebhooks {

  @PersistenceContext(unitName = "permissions")
  private EntityManager em;

  @EJB private BusinessService businesses;

  @Inject private PermissionPairs pairs;

  @Inject private Replies replies;

  @Inject private PermissionSettings settings;

  @Inject private Clock clock;

  @Override
  public void onReply(PermissionReply reply) {
    PermissionWebhookRecord record =
        new PermissionWebhookRecord(
                reply.envelope().wabaId(), reply.envelope().phoneNumberId(), reply.from(), "META")
            .answered(
                reply.messageId(),
                reply.accepted() ? "ACCEPT" : "REJECT",
                reply.permanent(),
                reply.expiresAt(),
                reply.timestamp())
            .because(reply.responseSource(), reply.contextId(), clock.instant());
    Optional<NumberView> number = businesses.numberById(reply.envelope().phoneNumberId());
    record.outcome(
        number
            .map(n -> replies.apply(pairs.lock(n.businessId(), n.id(), reply.from()), reply))
            .orElse(ReplyOutcome.UNKNOWN_NUMBER));
    em.persist(record);
  }

  @Override
  public void onStatus(PermissionStatus status) {
    PermissionWebhookRecord record =
        new PermissionWebhookRecord(status.envelope().wabaId(), null, status.recipient(), "D360")
            .answered(null, status.status(), false, null, null)
            .because(null, null, clock.instant());
    record.outcome(ReplyOutcome.RECORDED_ONLY);
    em.persist(record);
  }

  @Override
  public void onCustomerContact(String numberId, String waId, String callId, Instant at) {
    Optional<NumberView> found = businesses.numberById(numberId);
    if (found.isEmpty()) {
      return;
    }
    NumberView number = found.get();
    PermissionPair pair = pairs.lock(number.businessId(), numberId, waId);
    pairs.record(pair, pair.settle(clock.instant()));
    pair.customerContact(at);
    boolean callback =
        number.settings() != null && "ENABLED".equals(number.settings().callbackRequests());
    if (callId != null && callback && !pair.active(at)) {
      pairs.record(
          pair,
          pair.grant(
              false,
              at,
              ConsentSource.AUTOMATIC,
              callId,
              "callback permission: the customer called",
              settings.limits()));
    }
  }

  @Override
  public long repliesRecorded(String waId) {
    return em.createQuery(
            "select count(r) from PermissionWebhookRecord r where r.waId = :waId", Long.class)
        .setParameter("waId", waId)
        .getSingleResult();
  }
}
