package dev.callgate.permissions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request the business wants to send to one customer.
 *
 * @param bodyText the free-form body (INTERACTIVE only)
 * @param templateName the approved template (TEMPLATE only)
 * @param parameters one value per placeholder of the template's body
 */
public record PermissionRequestCommand(
    String waId,
    RequestKind kind,
    String bodyText,
    String templateName,
    String templateLanguage,
    List<String> parameters) {

  public PermissionRequestCommand {
    // a null parameter stays, for the request's rules to name it; List.copyOf would throw
    parameters =
        parameters == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  public static PermissionRequestCommand interactive(String waId, String bodyText) {
    return new PermissionRequestCommand(waId, RequestKind.INTERACTIVE, bodyText, null, null, null);
  }

  public static PermissionRequestCommand template(
      String waId, String name, String language, List<String> parameters) {
    return new PermissionRequestCommand(
        waId, RequestKind.TEMPLATE, null, name, language, parameters);
  }
}
