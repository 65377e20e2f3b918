package dev.callgate.api.soap.types;

import dev.callgate.permissions.PermissionView;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;

/** A customer's call permission for one business number, with what it allows next. */
@XmlType(
    name = "Permission",
    propOrder = {
      "waId",
      "status",
      "grantedAt",
      "expiresAt",
      "source",
      "consecutiveUnanswered",
      "promptedToReconsider",
      "requestLimits",
      "callLimits"
    })
public class Permission {

  public String waId;
  public PermissionStatus status;

  @XmlSchemaType(name = "dateTime")
  public Instant grantedAt;

  @XmlSchemaType(name = "dateTime")
  public Instant expiresAt;

  public String source;
  public int consecutiveUnanswered;
  public boolean promptedToReconsider;
  public RequestLimits requestLimits;
  public CallLimits callLimits;

  public static Permission of(PermissionView view) {
    Permission p = new Permission();
    p.waId = view.waId();
    p.status = PermissionStatus.valueOf(view.status().name());
    p.grantedAt = view.grantedAt();
    p.expiresAt = view.expiresAt();
    p.source = view.source();
    p.consecutiveUnanswered = view.consecutiveUnanswered();
    p.promptedToReconsider = view.promptedToReconsider();
    p.requestLimits = RequestLimits.of(view.requestLimits());
    p.callLimits = CallLimits.of(view.callLimits());
    return p;
  }
}
