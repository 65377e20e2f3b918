package dev.callgate.api.soap.types;

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
}
