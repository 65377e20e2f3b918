package dev.callgate.permissions.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.accounts.NumberView;
import dev.callgate.cloudapi.CloudApi;
import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.WaId;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.PermissionRequestView;
import dev.callgate.permissions.RequestKind;
import dev.callgate.permissions.RequestLimits;
import dev.callgate.templates.TemplateService;
import dev.callgate.templates.TemplateView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends call permission requests for {@link DefaultPermissionService}. Everything that can be
 * checked without the pair is checked first; then the pair is locked, time is settled, and P9, T3
 * and P4 are decided on what the lock guarantees is the latest state. The Cloud API request goes
 * out while the lock is held, so of two agents pressing "request" together exactly one request
 * leaves.
 */
@ApplicationScoped
public class RequestSender {

  @EJB private BusinessService businesses;

  @EJB private CloudApiAccounts accounts;

  @EJB private TemplateService templates;

  @EJB private AuditLog audit;

  @Inject private CloudApi cloudApi;

  @Inject private PermissionPairs pairs;

  @Inject private PermissionRequests requests;

  @Inject private PermissionViews views;

  @Inject private PermissionSettings settings;

  @Inject private Clock clock;

  public PermissionRequestView send(
      Actor actor, String numberId, PermissionRequestCommand command) {
    NumberView number = ownNumber(actor.businessId(), numberId);
    List<FieldProblem> problems = new ArrayList<>(RequestContent.problems(command));
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    WaId waId = WaId.of(command.waId());
    TemplateView template =
        command.kind() == RequestKind.TEMPLATE ? template(number, command) : null;

    // the database keeps microseconds: what the caller is told must equal what is read back later
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    PermissionPair pair = pairs.lock(actor.businessId(), numberId, waId.value());
    pairs.record(pair, pair.settle(now));
    refuseIfNotAllowed(pair, command.kind(), now);

    CloudApiAccount account = accounts.forNumber(actor.businessId(), numberId);
    String messageId =
        template == null
            ? cloudApi.sendCallPermissionRequest(
                account, numberId, waId.value(), command.bodyText())
            : cloudApi.sendTemplate(
                account,
                numberId,
                waId.value(),
                template.name(),
                template.language(),
                command.parameters());

    requests.supersedeLive(pair, now);
    PermissionRequest request =
        new PermissionRequest(pair, command.kind(), actor.principal())
            .content(
                command.bodyText(),
                template == null ? null : template.name(),
                template == null ? null : template.language())
            .sent(messageId, now, settings.limits().requestExpiry());
    requests.add(request);
    pairs.record(pair, pair.requestSent(messageId, now, request.expiresAt()));
    audit.record(
        actor,
        "permission.request",
        numberId + "/" + waId.value(),
        command.kind() + " request " + messageId);
    return request.view(now);
  }

  /** P9, then T3, then P4: the refusal a user can do least about comes first. */
  private void refuseIfNotAllowed(PermissionPair pair, RequestKind kind, Instant now) {
    RequestLimits limits = views.requestLimits(pair, now);
    if ("P9".equals(limits.blockingRule())) {
      throw CallingException.of(
              ErrorCode.PERMANENT_PERMISSION_EXISTS,
              pair.waId() + " has granted permanent call permission; call them directly")
          .rule("P9");
    }
    if (kind == RequestKind.INTERACTIVE && !insideServiceWindow(pair, now)) {
      throw CallingException.validation(
              List.of(
                  new FieldProblem(
                      "kind",
                      "a free-form request needs the customer service window, which is closed:"
                          + " the customer has not written or called in the last "
                          + settings.serviceWindow().toHours()
                          + " hours; send an approved template instead")))
          .rule("T3");
    }
    if (!limits.canRequest()) {
      throw CallingException.of(
              ErrorCode.TOO_MANY_CPR_REQUESTS,
              limits.usedLast7d()
                  + " call permission request(s) already sent to "
                  + pair.waId()
                  + " in the last 7 days ("
                  + limits.usedLast24h()
                  + " in the last 24 hours)")
          .resolution(
              "Respect the limit of "
                  + settings.limits().maxRequestsPer24h()
                  + " request per 24 hours and "
                  + settings.limits().maxRequestsPer7d()
                  + " per 7 days")
          .retryAfter(limits.nextRequestAt())
          .rule("P4");
    }
  }

  private boolean insideServiceWindow(PermissionPair pair, Instant now) {
    return pair.lastCustomerContactAt()
        .map(at -> now.isBefore(at.plus(settings.serviceWindow())))
        .orElse(false);
  }

  /** T2: only an approved template of the number's account, with one value per placeholder. */
  private TemplateView template(NumberView number, PermissionRequestCommand command) {
    TemplateView template =
        templates
            .approved(
                number.businessId(),
                number.wabaId(),
                command.templateName(),
                command.templateLanguage())
            .orElseThrow(
                () ->
                    CallingException.validation(
                            List.of(
                                new FieldProblem(
                                    "templateName",
                                    "no APPROVED template "
                                        + command.templateName()
                                        + " ("
                                        + command.templateLanguage()
                                        + ") on this number's account")))
                        .rule("T2"));
    if (template.placeholders() != command.parameters().size()) {
      throw CallingException.validation(
          List.of(
              new FieldProblem(
                  "parameters",
                  "the template has "
                      + template.placeholders()
                      + " placeholder(s); "
                      + command.parameters().size()
                      + " value(s) given")));
    }
    return template;
  }

  /** The caller's own number; another business's is as unknown as a missing one (A2). */
  NumberView ownNumber(long businessId, String numberId) {
    return businesses
        .number(businessId, numberId)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId));
  }
}
