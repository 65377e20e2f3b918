package dev.callgate.templates;

import dev.callgate.kernel.FieldProblem;
import dev.callgate.templates.internal.TemplateRules;
import java.time.Instant;
import java.util.List;

/**
 * A stored template and its review status.
 *
 * @param metaTemplateId the Cloud API's id, once it accepted the submission
 * @param status {@code PENDING}, {@code APPROVED}, {@code REJECTED}, or another status Meta reports
 *     ({@code PAUSED}, {@code DISABLED}, ...); only {@code APPROVED} can be sent (T2)
 * @param rejectionReason Meta's reason for the current status, null when it gave none
 */
public record TemplateView(
    long id,
    long businessId,
    String wabaId,
    String metaTemplateId,
    String name,
    String language,
    String category,
    String headerText,
    String bodyText,
    String footerText,
    List<String> examples,
    boolean allowCategoryChange,
    String status,
    String rejectionReason,
    Instant createdAt,
    Instant updatedAt) {

  public static final String APPROVED = "APPROVED";

  public TemplateView {
    examples = examples == null ? List.of() : List.copyOf(examples);
  }

  /** How many body parameters a message of this template takes: its placeholders {{1}}..{{n}}. */
  public int placeholders() {
    return TemplateRules.placeholders(bodyText);
  }

  /**
   * What is wrong with these send-time body parameters (field {@code parameters}): one per
   * placeholder, each a non-empty single line. Empty when they can be sent.
   */
  public List<FieldProblem> parameterProblems(List<String> parameters) {
    return TemplateRules.parameters(placeholders(), parameters);
  }
}
