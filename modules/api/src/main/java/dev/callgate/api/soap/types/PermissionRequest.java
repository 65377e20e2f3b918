package dev.callgate.api.soap.types;

import dev.callgate.permissions.PermissionRequestView;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;

/** A call permission request just sent to a customer ({@code status} is {@code SENT}). */
@XmlType(
    name = "PermissionRequest",
    propOrder = {"id", "waId", "kind", "status", "messageId", "sentAt", "expiresAt"})
public class PermissionRequest {

  public long id;
  public String waId;
  public PermissionKind kind;
  public String status;
  public String messageId;

  @XmlSchemaType(name = "dateTime")
  public Instant sentAt;

  @XmlSchemaType(name = "dateTime")
  public Instant expiresAt;

  public static PermissionRequest of(PermissionRequestView view) {
    PermissionRequest r = new PermissionRequest();
    r.id = view.id();
    r.waId = view.waId();
    r.kind = PermissionKind.valueOf(view.kind().name());
    r.status = view.status();
    r.messageId = view.messageId();
    r.sentAt = view.sentAt();
    r.expiresAt = view.expiresAt();
    return r;
  }
}
