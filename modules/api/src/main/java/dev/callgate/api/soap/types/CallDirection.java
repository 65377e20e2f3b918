package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Who placed a call. */
@XmlType(name = "CallDirection")
@XmlEnum
public enum CallDirection {
  BUSINESS_INITIATED,
  USER_INITIATED
}
