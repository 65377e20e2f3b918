package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Where a customer's call permission stands (the permission state machine of calling-rules.md). */
@XmlType(name = "PermissionStatus")
@XmlEnum
public enum PermissionStatus {
  NONE,
  PENDING,
  TEMPORARY,
  PERMANENT,
  REJECTED,
  REVOKED,
  EXPIRED
}
