package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Where a call is in its lifecycle. */
@XmlType(name = "CallStatus")
@XmlEnum
public enum CallStatus {
  INITIATED,
  RINGING,
  ACCEPTED,
  REJECTED,
  COMPLETED,
  FAILED,
  MISSED
}
