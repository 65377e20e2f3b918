/**
 * Billing (rules B1-B7, L5): versioned rate cards, pricing in pulses, the prepaid wallet of each
 * business with its append-only ledger, and quotes. The calls module prices and charges calls
 * through {@link dev.callgate.billing.BillingService}; integrators and the console read and top up
 * wallets through {@link dev.callgate.billing.WalletService}.
 */
package dev.callgate.billing;
