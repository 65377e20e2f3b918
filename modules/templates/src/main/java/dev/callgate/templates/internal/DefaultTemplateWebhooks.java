package dev.callgate.templates.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.cloudapi.webhook.TemplateStatusUpdate;
import dev.callgate.templates.TemplateWebhooks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Records every template status webhook and moves the matching template's status (T2). The calls
 * module has already absorbed exact duplicates; late and stale reports are {@link ReviewStatus}'s
 * concern. A report about a template Callgate does not know is recorded and changes nothing: it may
 * be a template made in WhatsApp Manager, or one whose submission is still committing.
 */
@Stateless
public class DefaultTemplateWebhooks implements TemplateWebhooks {

  private static final Logger LOG = Logger.getLogger(DefaultTemplateWebhooks.class.getName());

  @Inject private TemplateRepository repository;

  @Inject private AuditLog audit;

  @Inject private Clock clock;

  @Override
  public void onStatus(TemplateStatusUpdate u) {
    Instant at = clock.instant();
    Instant sentAt = u.envelope().time();
    repository.record(
        new TemplateStatusRecord(
            u.envelope().wabaId(),
            u.templateId(),
            u.name(),
            u.language(),
            u.event(),
            u.reason(),
            sentAt,
            at));
    repository
        .forReport(u)
        .ifPresentOrElse(
            template -> {
              if (template.statusChanged(u.event(), u.reason(), sentAt, at)) {
                audit.record(
                    Actor.system(template.businessId(), "template-review"),
                    "template.status",
                    "template:" + template.id(),
                    "status=" + u.event() + " reason=" + u.reason() + " meta=" + u.templateId());
              }
            },
            () -> LOG.fine(() -> "Status of unknown template " + u.templateId() + " recorded"));
  }

  @Override
  public String latestStatus(String templateId) {
    List<TemplateStatusRecord> reports = repository.reports(templateId);
    return reports.isEmpty() ? null : reports.get(reports.size() - 1).event();
  }
}
