package dev.callgate.calls;

/**
 * Where a call stands. A business call is INITIATED until Meta reports it RINGING, then ACCEPTED or
 * REJECTED by the customer; a customer's call is INITIATED until an agent is offered it, RINGING
 * while agents are, and ACCEPTED once one took it. COMPLETED, FAILED and MISSED are final (C4).
 */
public enum CallStatus {
  INITIATED,
  RINGING,
  ACCEPTED,
  REJECTED,
  COMPLETED,
  FAILED,
  MISSED;

  public boolean terminal() {
    return this == COMPLETED || this == FAILED || this == MISSED;
  }
}
