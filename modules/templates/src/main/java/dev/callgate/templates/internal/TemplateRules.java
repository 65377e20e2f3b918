package dev.callgate.templates.internal;

import dev.callgate.kernel.FieldProblem;
import dev.callgate.templates.TemplateDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rule T1 on a draft, and what a message of an approved template must send (T2). Every problem is
 * reported, each under the field name of the REST body. Uniqueness per WABA and language needs the
 * database and is checked by the service.
 *
 * <p>Decision: placeholders live in the body only. Meta allows one in a TEXT header, but the Cloud
 * API client sends body parameters only, so a header placeholder could never be filled.
 */
public final class TemplateRules {

  // Meta's own limits (cloud-api.md §4), not operator policy: hence constants, not configuration.
  static final int MAX_NAME = 512;
  static final int MAX_HEADER = 60;
  static final int MAX_BODY = 1024;
  static final int MAX_FOOTER = 60;

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
  private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY");

  private TemplateRules() {}

  public static List<FieldProblem> check(TemplateDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    name(draft.name(), problems);
    if (blank(draft.language())) {
      problems.add(new FieldProblem("language", "is required"));
    } else if (!LANGUAGE.matcher(draft.language()).matches()) {
      problems.add(
          new FieldProblem("language", "must be a language code such as en, en_US, pt_BR"));
    }
    if (draft.category() == null || !CATEGORIES.contains(draft.category())) {
      problems.add(new FieldProblem("category", "must be MARKETING or UTILITY"));
    }
    line("headerText", draft.headerText(), MAX_HEADER, problems);
    body(draft.bodyText(), problems);
    line("footerText", draft.footerText(), MAX_FOOTER, problems);
    examples(placeholders(draft.bodyText()), draft.examples(), problems);
    return problems;
  }

  /** The number of distinct placeholders of a body: the parameters each message sends. */
  public static int placeholders(String bodyText) {
    return new TreeSet<>(TemplateText.placeholderNumbers(bodyText)).size();
  }

  /**
   * Send-time body parameters (T2): one per placeholder, each a non-empty single line without tabs
   * or more than four spaces in a row, as the Cloud API requires of parameters.
   */
  public static List<FieldProblem> parameters(int placeholders, List<String> parameters) {
    List<String> given = parameters == null ? List.of() : parameters;
    List<FieldProblem> problems = new ArrayList<>();
    if (given.size() != placeholders) {
      problems.add(
          new FieldProblem(
              "parameters",
              "the template takes " + placeholders + " parameter(s), got " + given.size()));
    }
    for (int i = 0; i < given.size(); i++) {
      String value = given.get(i);
      String field = "parameters[" + i + "]";
      if (blank(value)) {
        problems.add(new FieldProblem(field, "is empty"));
      } else if (value.contains("\n") || value.contains("\t") || value.contains("     ")) {
        problems.add(
            new FieldProblem(field, "must not hold line breaks, tabs or over 4 spaces in a row"));
      } else if (TemplateText.hasControlCharacter(value, false)) {
        problems.add(new FieldProblem(field, "contains control characters"));
      }
    }
    return problems;
  }

  private static void name(String name, List<FieldProblem> problems) {
    if (blank(name)) {
      problems.add(new FieldProblem("name", "is required"));
      return;
    }
    if (name.length() > MAX_NAME) {
      problems.add(new FieldProblem("name", tooLong(name, MAX_NAME)));
    }
    if (!NAME.matcher(name).matches()) {
      problems.add(
          new FieldProblem(
              "name", "may hold only lowercase letters, digits and underscores (no spaces)"));
    }
  }

  /** Header and footer: optional, one line, no placeholders. */
  private static void line(String field, String text, int max, List<FieldProblem> problems) {
    if (blank(text)) {
      return;
    }
    if (text.length() > max) {
      problems.add(new FieldProblem(field, tooLong(text, max)));
    }
    if (TemplateText.hasLineBreak(text)) {
      problems.add(new FieldProblem(field, "must be a single line"));
    } else if (TemplateText.hasControlCharacter(text, false)) {
      problems.add(new FieldProblem(field, "contains control characters"));
    }
    if (TemplateText.hasPlaceholderBraces(text)) {
      problems.add(new FieldProblem(field, "cannot hold placeholders; only the body can"));
    }
    markup(field, text, problems);
  }

  private static void body(String text, List<FieldProblem> problems) {
    if (blank(text)) {
      problems.add(new FieldProblem("bodyText", "is required"));
      return;
    }
    if (text.length() > MAX_BODY) {
      problems.add(new FieldProblem("bodyText", tooLong(text, MAX_BODY)));
    }
    if (TemplateText.hasControlCharacter(text, true)) {
      problems.add(new FieldProblem("bodyText", "contains control characters"));
    }
    markup("bodyText", text, problems);
    if (TemplateText.hasMalformedPlaceholder(text)) {
      problems.add(new FieldProblem("bodyText", "placeholders must be written {{1}}, {{2}}, ..."));
    }
    Set<Integer> numbers = new TreeSet<>(TemplateText.placeholderNumbers(text));
    for (int expected = 1; expected <= numbers.size(); expected++) {
      if (!numbers.contains(expected)) {
        problems.add(
            new FieldProblem(
                "bodyText",
                "placeholders must be numbered from {{1}} without gaps; {{"
                    + expected
                    + "}} is missing"));
        break;
      }
    }
    if (!numbers.isEmpty() && TemplateText.placeholderAtEdge(text)) {
      problems.add(new FieldProblem("bodyText", "cannot start or end with a placeholder"));
    }
  }

  private static void examples(int placeholders, List<String> examples, List<FieldProblem> p) {
    if (examples.size() != placeholders) {
      p.add(
          new FieldProblem(
              "examples",
              placeholders == 0
                  ? "must be empty: the body has no placeholders"
                  : "needs exactly one per placeholder: "
                      + placeholders
                      + " expected, "
                      + examples.size()
                      + " given"));
    }
    for (int i = 0; i < examples.size(); i++) {
      String example = examples.get(i);
      String field = "examples[" + i + "]";
      if (blank(example)) {
        p.add(new FieldProblem(field, "is empty"));
        continue;
      }
      if (example.length() > MAX_BODY) {
        p.add(new FieldProblem(field, tooLong(example, MAX_BODY)));
      }
      if (TemplateText.hasLineBreak(example) || TemplateText.hasControlCharacter(example, false)) {
        p.add(new FieldProblem(field, "must be a single line without control characters"));
      }
      markup(field, example, p);
    }
  }

  private static void markup(String field, String text, List<FieldProblem> problems) {
    if (TemplateText.hasMarkup(text)) {
      problems.add(new FieldProblem(field, "must not contain markup such as HTML tags"));
    }
  }

  private static String tooLong(String text, int max) {
    return "is " + text.length() + " characters long; at most " + max + " are allowed";
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
