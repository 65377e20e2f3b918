package dev.callgate.templates.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.accounts.NumberView;
import dev.callgate.cloudapi.CloudApi;
import dev.callgate.cloudapi.TemplateCreated;
import dev.callgate.cloudapi.TemplateRequest;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.templates.TemplateDraft;
import dev.callgate.templates.TemplateService;
import dev.callgate.templates.TemplateView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultTemplateService implements TemplateService {

  @Inject private TemplateRepository repository;

  @Inject private AuditLog audit;

  @Inject private CloudApi cloudApi;

  @Inject private Clock clock;

  @EJB private CloudApiAccounts accounts;

  @EJB private BusinessService businesses;

  @Override
  public TemplateView create(Actor actor, TemplateDraft requested) {
    TemplateDraft draft = Drafts.normalized(requested);
    long businessId = actor.businessId();
    List<FieldProblem> problems = new ArrayList<>(TemplateRules.check(draft));
    String wabaId = waba(businessId, draft.wabaId(), problems);
    if (wabaId != null && repository.byName(wabaId, draft.name(), draft.language()).isPresent()) {
      problems.add(nameTaken(draft));
    }
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    MessageTemplate template = new MessageTemplate(businessId, wabaId, draft, clock.instant());
    try {
      repository.add(template);
    } catch (PersistenceException raced) {
      // another request stored the same name and language between the check and this insert
      throw CallingException.validation(List.of(nameTaken(draft)));
    }
    audit.record(
        actor, "template.create", "template:" + template.id(), Drafts.summary(draft, wabaId));
    // Last, so that a refusal by the Cloud API rolls the stored template and its audit entry back.
    TemplateCreated created =
        cloudApi.createTemplate(accounts.forWaba(businessId, wabaId), wabaId, request(draft));
    template.submitted(created.id(), created.status(), created.category(), clock.instant());
    // Meta may have reported on it before this transaction commits; those reports are recorded.
    for (TemplateStatusRecord early : repository.reports(created.id())) {
      template.statusChanged(early.event(), early.reason(), early.sentAt(), clock.instant());
    }
    return template.view();
  }

  @Override
  public List<TemplateView> templates(long businessId) {
    return repository.ofBusiness(businessId).stream().map(MessageTemplate::view).toList();
  }

  @Override
  public Optional<TemplateView> template(long businessId, long templateId) {
    return repository
        .find(templateId)
        .filter(t -> t.businessId() == businessId)
        .map(MessageTemplate::view);
  }

  @Override
  public Optional<TemplateView> approved(
      long businessId, String wabaId, String name, String language) {
    if (wabaId == null || name == null || language == null) {
      return Optional.empty();
    }
    return repository
        .byName(wabaId, name, language)
        .filter(t -> t.businessId() == businessId)
        .filter(t -> ReviewStatus.APPROVED.equals(t.status()))
        .map(MessageTemplate::view);
  }

  /** The WABA asked for, or the business's first; null with a problem when there is none. */
  private String waba(long businessId, String requested, List<FieldProblem> problems) {
    List<String> wabas =
        businesses.numbers(businessId).stream().map(NumberView::wabaId).distinct().toList();
    if (requested == null) {
      if (wabas.isEmpty()) {
        problems.add(new FieldProblem("wabaId", "the business has no WhatsApp Business Account"));
        return null;
      }
      return wabas.get(0);
    }
    if (!wabas.contains(requested)) {
      problems.add(
          new FieldProblem("wabaId", "is not a WhatsApp Business Account of this business"));
      return null;
    }
    return requested;
  }

  private static FieldProblem nameTaken(TemplateDraft draft) {
    return new FieldProblem(
        "name",
        "a template named "
            + draft.name()
            + " in language "
            + draft.language()
            + " exists already on this WhatsApp Business Account");
  }

  private static TemplateRequest request(TemplateDraft d) {
    return new TemplateRequest(
        d.name(),
        d.language(),
        d.category(),
        d.headerText(),
        d.bodyText(),
        d.examples(),
        d.footerText(),
        d.allowCategoryChange());
  }
}
