package dev.callgate.console.faces;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import java.util.stream.Collectors;

/**
 * What pages tell the person in front of them. A module's refusal is shown in the module's own
 * words: its message and how to resolve it, or each field problem of a validation error.
 */
public final class Messages {

  private Messages() {}

  public static void info(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, message(FacesMessage.SEVERITY_INFO, summary, ""));
  }

  public static void info(String summary, String detail) {
    FacesContext.getCurrentInstance()
        .addMessage(null, message(FacesMessage.SEVERITY_INFO, summary, detail));
  }

  /**
   * Adds the refusal as page messages and marks validation as failed, so that an {@code
   * oncomplete="if (!args.validationFailed) ..."} keeps a dialog open for correction.
   */
  public static void refused(CallingException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (refusal.fields().isEmpty()) {
      faces.addMessage(
          null, message(FacesMessage.SEVERITY_ERROR, refusal.message(), resolution(refusal)));
    } else {
      for (FieldProblem problem : refusal.fields()) {
        faces.addMessage(
            null,
            message(FacesMessage.SEVERITY_ERROR, problem.field() + " " + problem.problem(), ""));
      }
    }
    faces.validationFailed();
  }

  /** An error on one field or, with a null client id, on the page; validation has failed. */
  public static void error(String clientId, String summary) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        clientId,
        clientId == null
            ? message(FacesMessage.SEVERITY_ERROR, summary, "")
            : fieldMessage(summary));
    faces.validationFailed();
  }

  /**
   * A field validator's failure for a value a module refused, labelled as the form labels it
   * ("WhatsApp number is not a valid phone number").
   */
  public static ValidatorException invalid(String label, CallingException refusal) {
    String problems =
        refusal.fields().isEmpty()
            ? refusal.message()
            : refusal.fields().stream()
                .map(FieldProblem::problem)
                .collect(Collectors.joining("; "));
    return new ValidatorException(fieldMessage(label + " " + problems));
  }

  // A limit that ends at a known instant (P4's next request) says when, so nobody retries blindly.
  private static String resolution(CallingException refusal) {
    String resolution = refusal.resolution() == null ? "" : refusal.resolution();
    if (refusal.retryAfter() == null) {
      return resolution;
    }
    String when = "Possible again at " + Labels.format(refusal.retryAfter()) + ".";
    if (resolution.isEmpty()) {
      return when;
    }
    return resolution + (resolution.endsWith(".") ? " " : ". ") + when;
  }

  // Page messages go to the growl, which shows summary and detail: an empty detail, not null,
  // because Faces repeats the summary as the detail when it is null.
  private static FacesMessage message(
      FacesMessage.Severity severity, String summary, String detail) {
    return new FacesMessage(severity, summary, detail == null ? "" : detail);
  }

  // A field's message shows its detail beside the field, as Faces' own validators do.
  private static FacesMessage fieldMessage(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
