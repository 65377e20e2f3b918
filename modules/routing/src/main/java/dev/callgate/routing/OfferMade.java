package dev.callgate.routing;

/**
 * A call rings for an agent: the console shows the incoming-call popup in every tab of that agent
 * (R8). Fired inside the transaction that made the offer; observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS}.
 */
public record OfferMade(OfferView offer) {}
