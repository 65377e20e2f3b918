package dev.callgate.routing;

/**
 * What an agent is doing, derived from the offers and calls routing knows of: ringing for a call,
 * on a call (either direction), or in the wrap-up after one (R10). Only an IDLE agent is offered a
 * call (R3).
 */
public enum Activity {
  IDLE,
  RINGING,
  ON_CALL,
  WRAP_UP
}
