package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;

/**
 * The filters of {@code GET /calls}; every field is optional. A type of its own rather than loose
 * parameters, so that {@code from} and {@code to} are typed {@code xs:dateTime}.
 */
@XmlType(
    name = "CallFilter",
    propOrder = {"direction", "status", "missedBy", "agentId", "waId", "from", "to"})
public class CallFilter {

  public CallDirection direction;
  public CallStatus status;
  public MissedBy missedBy;
  public Long agentId;
  public String waId;

  @XmlSchemaType(name = "dateTime")
  public Instant from;

  @XmlSchemaType(name = "dateTime")
  public Instant to;
}
