package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlType;

/** One entry of {@code fields} in a validation_failed error: which input, and what is wrong. */
@XmlType(
    name = "InvalidField",
    propOrder = {"field", "problem"})
public class InvalidField {

  public String field;
  public String problem;

  public InvalidField() {}

  public InvalidField(String field, String problem) {
    this.field = field;
    this.problem = problem;
  }
}
