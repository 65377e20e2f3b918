package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.meta.MetaError;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Meta's own checks of a template's components, so that a client that skipped its validation meets
 * the refusal it would meet upstream: one non-empty BODY of at most 1,024 characters, TEXT header
 * and footer of at most 60, body placeholders {{1}}..{{n}} with one example each, and a call
 * permission request component only on MARKETING or UTILITY templates without other buttons.
 */
final class TemplateComponents {

  private static final int MAX_HEADER = 60;
  private static final int MAX_BODY = 1024;
  private static final int MAX_FOOTER = 60;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

  private TemplateComponents() {}

  /** Checks the components; returns whether they hold a call permission request. */
  static boolean check(JsonObject request, String category) {
    if (!(request.get("components") instanceof JsonArray components)) {
      throw MetaError.invalidParameter("The parameter components is required");
    }
    int bodies = 0;
    boolean permissionRequest = false;
    boolean buttons = false;
    for (JsonValue value : components) {
      if (!(value instanceof JsonObject component)) {
        throw MetaError.invalidParameter("Each component must be an object");
      }
      String type = component.getString("type", "").toUpperCase(Locale.ROOT);
      switch (type) {
        case "HEADER" -> header(component);
        case "BODY" -> {
          bodies++;
          body(component);
        }
        case "FOOTER" -> length("FOOTER", text(component, "FOOTER"), MAX_FOOTER);
        case "CALL_PERMISSION_REQUEST" -> permissionRequest = true;
        case "BUTTONS" -> buttons = true;
        default -> throw MetaError.invalidParameter("Unknown component type " + type);
      }
    }
    if (bodies != 1) {
      throw MetaError.invalidParameter("A template needs exactly one BODY component");
    }
    if (permissionRequest && buttons) {
      throw MetaError.invalidParameter(
          "The call permission request component cannot be combined with buttons");
    }
    if (permissionRequest && !"MARKETING".equals(category) && !"UTILITY".equals(category)) {
      throw MetaError.invalidParameter(
          "Only MARKETING or UTILITY templates can hold a call permission request");
    }
    return permissionRequest;
  }

  private static void header(JsonObject header) {
    if ("TEXT".equalsIgnoreCase(header.getString("format", "TEXT"))) {
      length("HEADER", text(header, "HEADER"), MAX_HEADER);
    }
  }

  private static void body(JsonObject body) {
    String text = text(body, "BODY");
    length("BODY", text, MAX_BODY);
    TreeSet<Integer> numbers = new TreeSet<>();
    PLACEHOLDER.matcher(text).results().forEach(m -> numbers.add(Integer.parseInt(m.group(1))));
    if (!numbers.isEmpty() && (numbers.first() != 1 || numbers.last() != numbers.size())) {
      throw MetaError.invalidParameter("Body parameters must be sequential, from {{1}}");
    }
    int examples = 0;
    if (body.get("example") instanceof JsonObject example
        && example.get("body_text") instanceof JsonArray rows
        && !rows.isEmpty()
        && rows.get(0) instanceof JsonArray first) {
      examples = first.size();
    }
    if (examples != numbers.size()) {
      throw MetaError.invalidParameter(
          "The body has "
              + numbers.size()
              + " parameter(s) but example.body_text gives "
              + examples);
    }
  }

  private static String text(JsonObject component, String type) {
    String text = component.getString("text", "");
    if (text.isBlank()) {
      throw MetaError.invalidParameter(type + " text is required");
    }
    return text;
  }

  private static void length(String type, String text, int max) {
    if (text.length() > max) {
      throw MetaError.invalidParameter(
          type + " text is " + text.length() + " characters; the limit is " + max);
    }
  }
}
