package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;

/** Whether the business may call the customer now, and which rule blocks it until when. */
@XmlType(
    name = "CallLimits",
    propOrder = {"canCall", "blockingRule", "retryAfter"})
public class CallLimits {

  public boolean canCall;
  public String blockingRule;

  @XmlSchemaType(name = "dateTime")
  public Instant retryAfter;

  static CallLimits of(dev.callgate.permissions.CallLimits limits) {
    CallLimits c = new CallLimits();
    c.canCall = limits.canCall();
    c.blockingRule = limits.blockingRule();
    c.retryAfter = limits.retryAfter();
    return c;
  }
}
