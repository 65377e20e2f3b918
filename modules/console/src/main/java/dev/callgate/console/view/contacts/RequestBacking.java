package dev.callgate.console.view.contacts;

import dev.callgate.accounts.NumberView;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.PermissionView;
import dev.callgate.permissions.RequestKind;
import dev.callgate.permissions.RequestPreflight;
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
 * sent is explained before the agent tries, from the permission service's pre-flight (the one REST
 * and SOAP answer with); a refusal that still comes (another agent was quicker, P4) is shown as a
 * message.
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

  private RequestKind kind;
  private String bodyText;
  private Long templateId;
  private List<String> parameters = new ArrayList<>();

  private transient List<TemplateView> approved;
  private String approvedFor;

  private transient RequestPreflight preflight;
  // the pair's view the pre-flight was asked for: when the page reads the pair afresh, so does this
  private transient PermissionView preflightFor;

  /** Whether any request could go now, and which rules stop it otherwise (P9, T3, T2, P4). */
  public RequestPreflight getPreflight() {
    PermissionView current = pair.getPermission();
    if (preflight == null || preflightFor != current) {
      preflight =
          permissions.preflight(
              me.getBusinessId(), pair.getNumberId(), pair.getWaId(), null, null, null);
      preflightFor = current;
    }
    return preflight;
  }

  public List<String> getReasons() {
    return RequestWording.reasons(getPreflight(), pair.getLimits());
  }

  public String getNote() {
    return RequestWording.note(getPreflight());
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

  /** The chosen form while the pre-flight allows it, else the one it allows. */
  public RequestKind getKind() {
    RequestPreflight now = getPreflight();
    if (kind == RequestKind.INTERACTIVE && now.interactive()
        || kind == RequestKind.TEMPLATE && now.template()) {
      return kind;
    }
    return now.interactive() ? RequestKind.INTERACTIVE : RequestKind.TEMPLATE;
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
