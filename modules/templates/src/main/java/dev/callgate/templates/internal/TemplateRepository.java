package dev.callgate.templates.internal;

import dev.callgate.cloudapi.webhook.TemplateStatusUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Templates and recorded status reports in the database; the callers own the transaction. */
@ApplicationScoped
public class TemplateRepository {

  @PersistenceContext(unitName = "templates")
  private EntityManager em;

  /**
   * Stores a new template at once, so that a name and language taken in the meantime fails here
   * with a {@link jakarta.persistence.PersistenceException}, before the Cloud API is asked.
   */
  void add(MessageTemplate template) {
    em.persist(template);
    em.flush();
  }

  List<MessageTemplate> ofBusiness(long businessId) {
    return em.createNamedQuery(MessageTemplate.BY_BUSINESS, MessageTemplate.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  Optional<MessageTemplate> find(long id) {
    return Optional.ofNullable(em.find(MessageTemplate.class, id));
  }

  Optional<MessageTemplate> byName(String wabaId, String name, String language) {
    return em.createNamedQuery(MessageTemplate.BY_NAME, MessageTemplate.class)
        .setParameter("waba", wabaId)
        .setParameter("name", name)
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }

  /**
   * The template a status report is about, locked so that two reports processed at once apply one
   * after the other: by Meta's template id within the report's WABA, else by WABA, name and
   * language when Meta's id is not known yet (the submission's answer has not been stored).
   */
  Optional<MessageTemplate> forReport(TemplateStatusUpdate report) {
    Optional<MessageTemplate> byId =
        em.createNamedQuery(MessageTemplate.BY_META_ID, MessageTemplate.class)
            .setParameter("metaId", report.templateId())
            // a report speaks for the WABA whose secret signed it, never for another's template
            .setParameter("waba", report.envelope().wabaId())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    if (byId.isPresent() || report.name() == null || report.language() == null) {
      return byId;
    }
    return em.createNamedQuery(MessageTemplate.BY_NAME, MessageTemplate.class)
        .setParameter("waba", report.envelope().wabaId())
        .setParameter("name", report.name())
        .setParameter("language", report.language())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(t -> t.metaTemplateId() == null)
        .findFirst();
  }

  void record(TemplateStatusRecord report) {
    em.persist(report);
  }

  /** The reports recorded for one of Meta's template ids, in arrival order. */
  List<TemplateStatusRecord> reports(String metaTemplateId) {
    return em.createNamedQuery(TemplateStatusRecord.BY_TEMPLATE_ID, TemplateStatusRecord.class)
        .setParameter("templateId", metaTemplateId)
        .getResultList();
  }
}
