package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Who failed to answer a missed call. */
@XmlType(name = "MissedBy")
@XmlEnum
public enum MissedBy {
  AGENT,
  CUSTOMER
}
