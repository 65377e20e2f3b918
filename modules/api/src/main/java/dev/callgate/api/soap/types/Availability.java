package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Whether an agent takes calls now; only an ONLINE agent is offered one (R2). Callgate sets an
 * agent AWAY who lets calls ring out (R9).
 */
@XmlType(name = "Availability")
@XmlEnum
public enum Availability {
  ONLINE,
  AWAY,
  OFFLINE
}
