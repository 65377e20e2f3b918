package dev.callgate.templates.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading template text: its placeholders, and what the platform refuses to carry. */
final class TemplateText {

  /** {@code {{1}}} to {@code {{999}}}; {@code {{0}}} and {@code {{01}}} are not placeholders. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([1-9]\\d{0,2})}}");

  // an opening or closing tag, a comment, a declaration or a processing instruction; "a < b"
  // and "<3" stay allowed
  private static final Pattern MARKUP = Pattern.compile("<\\s*(?:[/?]?\\s*[A-Za-z]|!)");

  private TemplateText() {}

  /** The numbers of the well-formed placeholders, in order of appearance, repeats included. */
  static List<Integer> placeholderNumbers(String text) {
    if (text == null) {
      return List.of();
    }
    return PLACEHOLDER.matcher(text).results().map(m -> Integer.parseInt(m.group(1))).toList();
  }

  /** Braces that are left once the well-formed placeholders are taken out: {{ 1 }}, {{name}}. */
  static boolean hasMalformedPlaceholder(String text) {
    String rest = PLACEHOLDER.matcher(text).replaceAll("");
    return rest.contains("{{") || rest.contains("}}");
  }

  static boolean hasPlaceholderBraces(String text) {
    return text.contains("{{") || text.contains("}}");
  }

  /** Whether the text starts or ends with a placeholder, which Meta refuses in a body. */
  static boolean placeholderAtEdge(String text) {
    String trimmed = text.strip();
    Matcher first = PLACEHOLDER.matcher(trimmed);
    if (first.lookingAt()) {
      return true;
    }
    return PLACEHOLDER.matcher(trimmed).results().anyMatch(m -> m.end() == trimmed.length());
  }

  /**
   * Markup is refused rather than escaped: WhatsApp shows template text as typed, so a tag can only
   * be a mistake or an attempt to smuggle script into a page that shows the template.
   */
  static boolean hasMarkup(String text) {
    return MARKUP.matcher(text).find();
  }

  static boolean hasLineBreak(String text) {
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }

  /**
   * Control characters (a line feed excepted where lines are allowed) and the bidirectional
   * overrides, which make a text read differently from what a reviewer sees.
   */
  static boolean hasControlCharacter(String text, boolean linesAllowed) {
    return text.codePoints()
        .anyMatch(
            c ->
                (Character.getType(c) == Character.CONTROL && !(linesAllowed && c == '\n'))
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069));
  }
}
