package dev.callgate.console.view;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.NumberView;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.templates.TemplateService;
import dev.callgate.templates.TemplateView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Call permission request templates (T1, T2): the business's templates with the status Meta's
 * review gave them, and the form that creates one. The service checks the form as a whole, and each
 * problem it finds is shown beside its field.
 */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's inputs by the field names the service reports problems under. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "wabaId", "waba",
          "name", "name",
          "language", "language",
          "category", "category",
          "headerText", "header",
          "bodyText", "body",
          "footerText", "footer");

  private static final Map<String, String> LABELS =
      Map.of(
          "wabaId", "Account",
          "name", "Name",
          "language", "Language",
          "category", "Category",
          "headerText", "Header",
          "bodyText", "Body",
          "footerText", "Footer",
          "examples", "Examples");

  private static final Pattern EXAMPLE = Pattern.compile("examples\\[(\\d+)]");

  @Inject private TemplateService templates;

  @Inject private BusinessService businesses;

  @Inject private CurrentAgent me;

  private TemplateForm form = new TemplateForm();

  private transient List<TemplateView> list;
  private transient List<String> wabas;

  public List<TemplateView> getTemplates() {
    if (list == null) {
      list = templates.templates(me.getBusinessId());
    }
    return list;
  }

  /** Whether a template still awaits Meta's review, so the list keeps refreshing. */
  public boolean isPending() {
    return getTemplates().stream().anyMatch(t -> "PENDING".equals(t.status()));
  }

  public void refresh() {
    list = null;
  }

  /** The business's WhatsApp Business Accounts; the form asks for one only when there are two. */
  public List<String> getWabas() {
    if (wabas == null) {
      wabas =
          businesses.numbers(me.getBusinessId()).stream()
              .map(NumberView::wabaId)
              .distinct()
              .toList();
    }
    return wabas;
  }

  public void bodyChanged() {
    form.fitExamples();
  }

  public void create() {
    try {
      TemplateView created = templates.create(me.actor(), form.draft());
      Messages.info(
          "Template " + created.name() + " submitted",
          "Meta reviews it now; its status shows in the list.");
      form = new TemplateForm();
      list = null;
    } catch (CallingException refused) {
      if (refused.fields().isEmpty()) {
        Messages.refused(refused);
      } else {
        refused.fields().forEach(this::show);
      }
    }
  }

  /** A problem beside its input, or on the page when the form has no input for that field. */
  private void show(FieldProblem problem) {
    Matcher example = EXAMPLE.matcher(problem.field());
    if (example.matches()) {
      int index = Integer.parseInt(example.group(1));
      Messages.error(
          "createForm:examples:" + index + ":example",
          "Example for {{" + (index + 1) + "}} " + problem.problem());
      return;
    }
    String label = LABELS.getOrDefault(problem.field(), problem.field());
    String input = INPUTS.get(problem.field());
    boolean shown = input != null && (!"waba".equals(input) || getWabas().size() > 1);
    Messages.error(shown ? "createForm:" + input : null, label + " " + problem.problem());
  }

  /** The PrimeFaces tag colour of a review status. */
  public String severity(String status) {
    return switch (status) {
      case "APPROVED" -> "success";
      case "PENDING" -> "warning";
      case "REJECTED", "DISABLED" -> "danger";
      default -> "info";
    };
  }

  public TemplateForm getForm() {
    return form;
  }
}
