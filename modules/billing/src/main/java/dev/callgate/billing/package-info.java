/**
 * Billing (rules B1-B7): versioned rate cards, pricing in 6-second pulses, the prepaid wallet with
 * its append-only ledger, and quotes.
 */
package dev.callgate.billing;
