package dev.callgate.cloudapi;

import java.util.List;

/**
 * A call permission request template as {@code POST /{WABA_ID}/message_templates} takes it; the
 * {@code call_permission_request} component is always added.
 *
 * @param category {@code MARKETING} or {@code UTILITY}
 * @param headerText optional text header
 * @param bodyExamples one example value per {@code {{n}}} placeholder of the body
 * @param footerText optional
 */
public record TemplateRequest(
    String name,
    String language,
    String category,
    String headerText,
    String bodyText,
    List<String> bodyExamples,
    String footerText,
    boolean allowCategoryChange) {

  public TemplateRequest {
    bodyExamples = bodyExamples == null ? List.of() : List.copyOf(bodyExamples);
  }
}
