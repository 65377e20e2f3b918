package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;

/** Whether another permission request may be sent now (P4), and when if not. */
@XmlType(
    name = "RequestLimits",
    propOrder = {"canRequest", "usedLast24h", "usedLast7d", "nextRequestAt"})
public class RequestLimits {

  public boolean canRequest;
  public int usedLast24h;
  public int usedLast7d;

  @XmlSchemaType(name = "dateTime")
  public Instant nextRequestAt;

  static RequestLimits of(dev.callgate.permissions.RequestLimits limits) {
    RequestLimits r = new RequestLimits();
    r.canRequest = limits.canRequest();
    r.usedLast24h = limits.usedLast24h();
    r.usedLast7d = limits.usedLast7d();
    r.nextRequestAt = limits.nextRequestAt();
    return r;
  }
}
