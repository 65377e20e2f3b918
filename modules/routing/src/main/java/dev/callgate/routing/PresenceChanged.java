package dev.callgate.routing;

/**
 * An agent's availability or activity changed: the console updates the availability switch in the
 * agent's header, and shows {@code presence.reason()} when Callgate set the agent AWAY (R9). Fired
 * inside the transaction that made the change; observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS} to push only what committed.
 */
public record PresenceChanged(PresenceView presence) {}
