package dev.callgate.templates;

import dev.callgate.templates.internal.TemplateRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A call permission request template as a person or integrator writes it, before it is checked. It
 * carries no Bean Validation constraints on purpose: the T1 rules check it as a whole, so that
 * every problem is reported at once rather than the annotated ones first.
 *
 * @param wabaId optional: the business's first WhatsApp Business Account when null
 * @param category {@code MARKETING} or {@code UTILITY}
 * @param headerText optional, one line of text (the header type is always TEXT)
 * @param footerText optional, one line
 * @param examples one example value per body placeholder, {@code {{1}}} first
 * @param allowCategoryChange whether Meta may assign another category than the one asked for
 */
public record TemplateDraft(
    String wabaId,
    String name,
    String language,
    String category,
    String headerText,
    String bodyText,
    String footerText,
    List<String> examples,
    boolean allowCategoryChange) {

  public TemplateDraft {
    // a copy that keeps null elements, so that a missing example is reported, not an NPE
    examples =
        examples == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(examples));
  }

  /** How many examples the body asks for: its distinct placeholders {{1}}..{{n}}. */
  public int placeholders() {
    return TemplateRules.placeholders(bodyText);
  }
}
