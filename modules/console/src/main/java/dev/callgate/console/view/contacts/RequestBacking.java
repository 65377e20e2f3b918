package dev.callgate.console.view.contacts;

import dev.callgate.accounts.NumberView;
import dev.callgate.console.faces.ConsoleTime;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.RequestKind;
import dev.callgate.templates.TemplateService;
import dev.callgate.templates.TemplateView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The "Request call permission" form of the contact page: a free-form message inside the customer
 * service window (T3), or an approved template with a value per placeholder (T2). What cannot be
 * sent is explained by {@link RequestAdvice} before the agent tries; a refusal that still comes
 * (another agent was quicker, P4) is shown as a message.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The Cloud API's limit on an interactive message body; the service checks it again. */
  private static final int BODY_LIMIT = 1024;

  @Inject private DetailBacking pair;

  @Inject private PermissionService permissions;

  @Inject private TemplateService templates;

  @Inject private CurrentAgent me;

  @Inject private ConsoleTime time;

  private RequestKind kind;
  private String bodyText;
  private Long templateId;
  private List<String> parameters = new ArrayList<>();

  private transient List<TemplateView> approved;
  private String approvedFor;

  public RequestAdvice getAdvice() {
    return RequestAdvice.of(
        pair.getPermission(), pair.getLimits(), !getTemplates().isEmpty(), time.now());
  }

  /** The approved templates of the number's account: the only ones the Cloud API sends (T2). */
  public List<TemplateView> getTemplates() {
    NumberView number = pair.getNumber();
    if (number == null) {
      return List.of();
    }
    if (approved == null || !number.id().equals(approvedFor)) {
      approved =
          templates.templates(me.getBusinessId()).stream()
              .filter(t -> TemplateView.APPROVED.equals(t.status()))
              .filter(t -> number.wabaId().equals(t.wabaId()))
              .toList();
      approvedFor = number.id();
    }
    return approved;
  }

  /** The chosen form while the advice allows it, else the one it allows. */
  public RequestKind getKind() {
    RequestAdvice advice = getAdvice();
    if (kind == RequestKind.INTERACTIVE && advice.freeForm()
        || kind == RequestKind.TEMPLATE && advice.template()) {
      return kind;
    }
    return advice.freeForm() ? RequestKind.INTERACTIVE : RequestKind.TEMPLATE;
  }

  public void setKind(RequestKind kind) {
    this.kind = kind;
  }

  public List<RequestKind> getKinds() {
    return List.of(RequestKind.values());
  }

  public TemplateView getTemplate() {
    return getTemplates().stream()
        .filter(t -> templateId != null && t.id() == templateId)
        .findFirst()
        .orElse(null);
  }

  /** A template was picked: one empty input per placeholder of its body. */
  public void templateChanged() {
    TemplateView template = getTemplate();
    parameters =
        new ArrayList<>(Collections.nCopies(template == null ? 0 : template.placeholders(), ""));
  }

  public void send() {
    PermissionRequestCommand command = command();
    if (command == null) {
      return;
    }
    try {
      permissions.request(me.actor(), pair.getNumberId(), command);
      Messages.info("Call permission request sent to " + pair.getCustomer());
      bodyText = null;
      templateId = null;
      parameters = new ArrayList<>();
    } catch (CallingException refused) {
      Messages.refused(refused);
    }
    // sent or refused, the pair has moved (or another agent moved it): show it as it is now
    pair.forget();
  }

  private PermissionRequestCommand command() {
    if (getKind() == RequestKind.INTERACTIVE) {
      if (bodyText == null || bodyText.isBlank()) {
        Messages.error("requestForm:body", "Write the message the customer will read");
        return null;
      }
      return PermissionRequestCommand.interactive(pair.getWaId(), bodyText.strip());
    }
    TemplateView template = getTemplate();
    if (template == null) {
      Messages.error("requestForm:template", "Choose an approved template");
      return null;
    }
    return PermissionRequestCommand.template(
        pair.getWaId(), template.name(), template.language(), parameters);
  }

  public int getBodyLimit() {
    return BODY_LIMIT;
  }

  public String getBodyText() {
    return bodyText;
  }

  public void setBodyText(String bodyText) {
    this.bodyText = bodyText;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public List<String> getParameters() {
    return parameters;
  }
}
