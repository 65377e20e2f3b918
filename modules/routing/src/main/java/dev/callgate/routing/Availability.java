package dev.callgate.routing;

/**
 * What an agent (or Callgate, rule R9) says about taking calls. Only ONLINE agents are offered
 * calls (R2); an AWAY agent is offered nothing until back ONLINE.
 */
public enum Availability {
  ONLINE,
  AWAY,
  OFFLINE
}
