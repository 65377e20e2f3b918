package dev.callgate.routing;

/** Where an offer stands. Only an OPEN offer can be accepted or declined. */
public enum OfferOutcome {
  OPEN,
  ACCEPTED,
  DECLINED,
  /** The ring time ran out with no answer; counts toward the agent's no-answer streak (R9). */
  RANG_OUT,
  /** Taken back: another agent accepted (R11), the caller hung up, or the accept window ended. */
  WITHDRAWN
}
