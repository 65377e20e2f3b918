package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** How a call permission request is sent: an interactive message or an approved template. */
@XmlType(name = "PermissionKind")
@XmlEnum
public enum PermissionKind {
  INTERACTIVE,
  TEMPLATE
}
