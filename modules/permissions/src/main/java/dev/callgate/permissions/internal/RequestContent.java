package dev.callgate.permissions.internal;

import dev.callgate.kernel.FieldProblem;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.RequestKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a request must hold before anything is locked or sent, every problem reported at once: a
 * kind; for a free-form request a body of at most 1,024 characters without markup; for a template
 * its name and language.
 */
public final class RequestContent {

  /** The Cloud API's limit on an interactive message body. */
  static final int MAX_BODY = 1024;

  private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  private RequestContent() {}

  public static List<FieldProblem> problems(PermissionRequestCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    if (command.waId() == null || command.waId().isBlank()) {
      problems.add(new FieldProblem("waId", "is required"));
    }
    if (command.kind() == null) {
      problems.add(new FieldProblem("kind", "must be INTERACTIVE or TEMPLATE"));
      return problems;
    }
    if (command.kind() == RequestKind.INTERACTIVE) {
      body(command.bodyText(), problems);
      if (command.templateName() != null) {
        problems.add(new FieldProblem("templateName", "applies to TEMPLATE requests only"));
      }
    } else {
      if (command.templateName() == null || command.templateName().isBlank()) {
        problems.add(new FieldProblem("templateName", "is required for a TEMPLATE request"));
      }
      if (command.templateLanguage() == null || command.templateLanguage().isBlank()) {
        problems.add(new FieldProblem("templateLanguage", "is required for a TEMPLATE request"));
      }
      if (command.bodyText() != null) {
        problems.add(
            new FieldProblem("bodyText", "comes from the template; send parameters instead"));
      }
    }
    for (int i = 0; i < command.parameters().size(); i++) {
      String value = command.parameters().get(i);
      if (value == null || value.isBlank()) {
        problems.add(new FieldProblem("parameters[" + i + "]", "must not be empty"));
      } else if (MARKUP.matcher(value).find() || CONTROL.matcher(value).find()) {
        problems.add(new FieldProblem("parameters[" + i + "]", "must be plain text"));
      }
    }
    return problems;
  }

  private static void body(String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem("bodyText", "is required for an INTERACTIVE request"));
    } else if (text.length() > MAX_BODY) {
      problems.add(
          new FieldProblem(
              "bodyText", "has " + text.length() + " characters; at most " + MAX_BODY));
    } else if (MARKUP.matcher(text).find() || CONTROL.matcher(text).find()) {
      problems.add(new FieldProblem("bodyText", "must be plain text, without markup"));
    }
  }
}
