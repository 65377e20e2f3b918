package dev.callgate.templates.internal;

import dev.callgate.templates.TemplateDraft;

/** The small clean-ups a draft gets before it is checked, and its line in the audit log. */
final class Drafts {

  private Drafts() {}

  /**
   * Browsers post a text area's line breaks as CR LF while their counters count one character, so
   * lengths are checked on LF line breaks; a blank header, footer or WABA means none.
   */
  static TemplateDraft normalized(TemplateDraft d) {
    return new TemplateDraft(
        optional(d.wabaId()) == null ? null : d.wabaId().strip(),
        d.name(),
        d.language(),
        d.category(),
        optional(d.headerText()),
        lines(d.bodyText()),
        optional(d.footerText()),
        d.examples(),
        d.allowCategoryChange());
  }

  static String summary(TemplateDraft d, String wabaId) {
    return "name="
        + d.name()
        + " language="
        + d.language()
        + " category="
        + d.category()
        + " waba="
        + wabaId
        + " placeholders="
        + TemplateRules.placeholders(d.bodyText())
        + " allowCategoryChange="
        + d.allowCategoryChange();
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? null : lines(text);
  }

  private static String lines(String text) {
    return text == null ? null : text.replace("\r\n", "\n");
  }
}
