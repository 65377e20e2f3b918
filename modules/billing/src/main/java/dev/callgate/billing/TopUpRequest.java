package dev.callgate.billing;

/**
 * Money the business adds to its wallet, in the wallet's currency.
 *
 * @param amount a positive decimal with at most 6 decimals, as text ({@code "25.50"}) so that no
 *     binary floating point ever touches it
 * @param reference the payment's own identifier; the same reference credits the wallet once (B6)
 */
public record TopUpRequest(String amount, String reference) {}
