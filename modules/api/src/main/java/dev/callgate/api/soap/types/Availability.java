package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Whether an agent takes calls now; an offline agent is never offered one (R2). */
@XmlType(name = "Availability")
@XmlEnum
public enum Availability {
  ONLINE,
  OFFLINE
}
