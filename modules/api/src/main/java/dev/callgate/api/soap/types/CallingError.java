package dev.callgate.api.soap.types;

import dev.callgate.kernel.CallingException;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract's one error shape, as the detail of every SOAP fault and inside a refused {@link
 * Preflight}. {@code code} is always a string here ({@code "138011"}, {@code "not_found"}): XML has
 * no number-or-string union that client generators handle well. The element names match the faults
 * {@code ApiKeyFilter} writes before the SOAP stack runs.
 */
@XmlType(
    name = "CallingError",
    propOrder = {
      "code",
      "title",
      "message",
      "resolution",
      "retryAfter",
      "rule",
      "upstreamCode",
      "fields"
    })
public class CallingError {

  public String code;
  public String title;
  public String message;
  public String resolution;

  @XmlSchemaType(name = "dateTime")
  public Instant retryAfter;

  public String rule;
  public Integer upstreamCode;
  @XmlElement public List<InvalidField> fields = new ArrayList<>();

  public static CallingError of(CallingException e) {
    CallingError error = new CallingError();
    error.code = String.valueOf(e.code().code());
    error.title = e.code().title();
    error.message = e.getMessage();
    error.resolution = e.resolution();
    error.retryAfter = e.retryAfter();
    error.rule = e.rule();
    error.upstreamCode = e.upstreamCode();
    e.fields().forEach(p -> error.fields.add(new InvalidField(p.field(), p.problem())));
    return error;
  }
}
