package dev.callgate.routing;

/**
 * Who sets an agent's availability. It decides how the agent stays reachable (R12): an agent who
 * set themselves ONLINE in the console is reachable while the console beats; one an integration set
 * ONLINE over the API stays reachable for {@code callgate.routing.presence-ttl-seconds}.
 */
public enum PresenceSource {
  CONSOLE,
  API,
  /** Callgate itself, setting an agent AWAY after unanswered offers (R9). */
  SYSTEM
}
