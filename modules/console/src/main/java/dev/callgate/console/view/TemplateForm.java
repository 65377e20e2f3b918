package dev.callgate.console.view;

import dev.callgate.templates.TemplateDraft;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the new-template form holds while it is being filled in. The examples follow the body: one
 * input per placeholder, keeping what was typed when placeholders are added or removed.
 */
public class TemplateForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String wabaId;
  private String name;
  private String language;
  private String category = "MARKETING";
  private boolean allowCategoryChange;
  private String headerText;
  private String bodyText;
  private String footerText;
  private final List<Example> examples = new ArrayList<>();

  /** One example input; a holder, because a page cannot write into a list of strings. */
  public static class Example implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }
  }

  /** Grows or shrinks the example inputs to the body's number of placeholders. */
  void fitExamples() {
    int wanted = draft().placeholders();
    while (examples.size() < wanted) {
      examples.add(new Example());
    }
    while (examples.size() > wanted) {
      examples.remove(examples.size() - 1);
    }
  }

  TemplateDraft draft() {
    List<String> values = examples.stream().map(e -> e.value == null ? "" : e.value).toList();
    return new TemplateDraft(
        wabaId,
        name,
        language,
        category,
        headerText,
        bodyText,
        footerText,
        values,
        allowCategoryChange);
  }

  public List<Example> getExamples() {
    return examples;
  }

  public String getWabaId() {
    return wabaId;
  }

  public void setWabaId(String wabaId) {
    this.wabaId = wabaId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public boolean isAllowCategoryChange() {
    return allowCategoryChange;
  }

  public void setAllowCategoryChange(boolean allowCategoryChange) {
    this.allowCategoryChange = allowCategoryChange;
  }

  public String getHeaderText() {
    return headerText;
  }

  public void setHeaderText(String headerText) {
    this.headerText = headerText;
  }

  public String getBodyText() {
    return bodyText;
  }

  public void setBodyText(String bodyText) {
    this.bodyText = bodyText;
  }

  public String getFooterText() {
    return footerText;
  }

  public void setFooterText(String footerText) {
    this.footerText = footerText;
  }
}
