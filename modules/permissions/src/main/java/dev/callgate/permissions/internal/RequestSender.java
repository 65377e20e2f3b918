package dev.callgate.permissions.internal;

import dev.callgate.accounts.Actor;
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
import dev.callgate.templates.TemplateService;
import dev.callgate.templates.TemplateView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends call permission requests for {@link DefaultPermissionService}, with no transaction of its
 * own. Everything that can be checked without the pair is checked first; then {@link
 * RequestReservations} locks the pair, decides P9, T3 and P4 and reserves the request SENDING, and
 * commits. Only then does the request go to the Cloud API, holding no lock, and its outcome is
 * recorded in a transaction of its own: SENT with Meta's message id, or FAILED, counting toward
 * nothing. Of many agents pressing "request" at once, on one node or several, exactly one request
 * leaves: the others find the first one reserved.
 */
@ApplicationScoped
public class RequestSender {

  @EJB private BusinessService businesses;

  @EJB private CloudApiAccounts accounts;

  @EJB private TemplateService templates;

  @EJB private RequestReservations reservations;

  @Inject private CloudApi cloudApi;

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

    long requestId = reservations.reserve(actor, numberId, waId, command, template);
    String messageId;
    try {
      CloudApiAccount account = accounts.forNumber(actor.businessId(), numberId);
      messageId =
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
    } catch (CallingException refused) {
      reservations.failed(actor, requestId, reason(refused));
      throw refused;
    } catch (RuntimeException lost) {
      reservations.failed(actor, requestId, "not sent: " + lost);
      throw lost;
    }
    return reservations.sent(actor, requestId, messageId);
  }

  /**
   * Why no approved template can be sent (T2): the named one is not an approved template of the
   * number's account, or, with none named, the account has none at all. Null when one can.
   */
  CallingException noTemplate(NumberView number, String name, String language) {
    if (name != null) {
      return approved(number, name, language).isPresent() ? null : notApproved(name, language);
    }
    boolean any =
        templates.templates(number.businessId()).stream()
            .anyMatch(
                t ->
                    TemplateView.APPROVED.equals(t.status())
                        && number.wabaId() != null
                        && number.wabaId().equals(t.wabaId()));
    return any
        ? null
        : CallingException.validation(
                List.of(
                    new FieldProblem(
                        "templateName", "this number's account has no APPROVED template")))
            .rule("T2");
  }

  /** What the request list says of a request Meta refused: Meta's code and words. */
  private static String reason(CallingException refused) {
    String code =
        refused.upstreamCode() == null
            ? String.valueOf(refused.code().code())
            : refused.code().code() + ", Cloud API code " + refused.upstreamCode();
    return refused.code().title() + " (" + code + "): " + refused.getMessage();
  }

  /** T2: only an approved template of the number's account, with one value per placeholder. */
  private TemplateView template(NumberView number, PermissionRequestCommand command) {
    TemplateView template =
        approved(number, command.templateName(), command.templateLanguage())
            .orElseThrow(() -> notApproved(command.templateName(), command.templateLanguage()));
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

  private Optional<TemplateView> approved(NumberView number, String name, String language) {
    return templates.approved(number.businessId(), number.wabaId(), name, language);
  }

  private static CallingException notApproved(String name, String language) {
    return CallingException.validation(
            List.of(
                new FieldProblem(
                    "templateName",
                    "no APPROVED template "
                        + name
                        + " ("
                        + language
                        + ") on this number's account")))
        .rule("T2");
  }

  /** The caller's own number; another business's is as unknown as a missing one (A2). */
  NumberView ownNumber(long businessId, String numberId) {
    return businesses
        .number(businessId, numberId)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId));
  }
}
