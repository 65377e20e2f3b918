package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** An agent's console role (rule A1), widest first. */
@XmlType(name = "Role")
@XmlEnum
public enum Role {
  OWNER,
  SUPERADMIN,
  SALES_LEAD,
  ADMIN,
  TEAMMATE
}
