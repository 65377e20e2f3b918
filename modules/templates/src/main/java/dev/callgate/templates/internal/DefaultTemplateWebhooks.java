package dev.callgate.templates.internal;

import dev.callgate.cloudapi.webhook.TemplateStatusUpdate;
import dev.callgate.templates.TemplateWebhooks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Records template status webhooks; the calls module has already absorbed duplicates. */
@Stateless
public class DefaultTemplateWebhooks implements TemplateWebhooks {

  @PersistenceContext(unitName = "templates")
  private EntityManager em;

  @Inject private Clock clock;

  @Override
  public void onStatus(TemplateStatusUpdate u) {
    em.persist(
        new TemplateStatusRecord(
            u.envelope().wabaId(),
            u.templateId(),
            u.name(),
            u.language(),
            u.event(),
            u.reason(),
            clock.instant()));
  }

  @Override
  public String latestStatus(String templateId) {
    return em.createQuery(
            "select t from TemplateStatusRecord t where t.templateId = :id order by t.id desc",
            TemplateStatusRecord.class)
        .setParameter("id", templateId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(TemplateStatusRecord::event)
        .orElse(null);
  }
}
