package dev.callgate.templates.internal;

import dev.callgate.templates.TemplateDraft;
import java.util.Arrays;
import java.util.List;

/** Drafts for the rule tests: a valid one, with the part a test is about changed. */
final class DraftBuilder {

  private String name = "order_call_v1";
  private String language = "en_US";
  private String category = "UTILITY";
  private String header = "Order update";
  private String body = "Hi {{1}}, may we call you about order {{2}}?";
  private String footer = "Sunrise Electronics";
  private List<String> examples = List.of("Ana", "ON-12853");

  static DraftBuilder valid() {
    return new DraftBuilder();
  }

  /** A draft with only a body and its examples, no header or footer. */
  static DraftBuilder bodyOnly(String body, String... examples) {
    return valid().header(null).footer(null).body(body).examples(examples);
  }

  DraftBuilder name(String value) {
    name = value;
    return this;
  }

  DraftBuilder language(String value) {
    language = value;
    return this;
  }

  DraftBuilder category(String value) {
    category = value;
    return this;
  }

  DraftBuilder header(String value) {
    header = value;
    return this;
  }

  DraftBuilder body(String value) {
    body = value;
    return this;
  }

  DraftBuilder footer(String value) {
    footer = value;
    return this;
  }

  DraftBuilder examples(String... values) {
    examples = Arrays.asList(values);
    return this;
  }

  TemplateDraft build() {
    return new TemplateDraft(null, name, language, category, header, body, footer, examples, false);
  }

  /** The fields T1 finds a problem with, in the order reported. */
  List<String> problemFields() {
    return TemplateRules.check(build()).stream().map(p -> p.field()).toList();
  }
}
