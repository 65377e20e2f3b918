/**
 * How billing decides and stores: plain policy classes ({@link
 * dev.callgate.billing.internal.PulsePricing}, {@link dev.callgate.billing.internal.RateTable},
 * {@link dev.callgate.billing.internal.RateCardSchedule}, {@link
 * dev.callgate.billing.internal.TopUpPolicy}) that rule tests drive without a container, the
 * entities of rate cards, wallets and the ledger, and the use cases that join them. Nothing outside
 * the billing module may use this package.
 */
package dev.callgate.billing.internal;
