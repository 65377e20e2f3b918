package dev.callgate.routing;

/**
 * An offer stopped ringing ({@code offer.outcome()} says why): every tab of the agent takes the
 * popup down, whichever tab answered (R11). Fired inside the transaction that closed it; observe it
 * with {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record OfferClosed(OfferView offer) {}
