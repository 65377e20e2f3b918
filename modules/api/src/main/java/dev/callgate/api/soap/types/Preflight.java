package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.XmlType;

/**
 * The answer to "could this call start now?" (L7), or "could this permission request go now?" (P9,
 * T3, T2, P4). A refusal is data here, not a fault: the {@code error} says which rule would refuse
 * and until when.
 */
@XmlType(
    name = "Preflight",
    propOrder = {"allowed", "error"})
public class Preflight {

  public boolean allowed;
  public CallingError error;

  public static Preflight of(dev.callgate.calls.Preflight answer) {
    Preflight p = new Preflight();
    p.allowed = answer.allowed();
    p.error = answer.refusal() == null ? null : CallingError.of(answer.refusal());
    return p;
  }

  public static Preflight of(dev.callgate.permissions.RequestPreflight answer) {
    Preflight p = new Preflight();
    p.allowed = answer.allowed();
    p.error = answer.refusal() == null ? null : CallingError.of(answer.refusal());
    return p;
  }
}
