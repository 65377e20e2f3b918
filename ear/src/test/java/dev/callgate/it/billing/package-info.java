/**
 * Billing end to end (B1-B7, L5): wallets, top-ups, the ledger, rate cards and quotes as an
 * integrator meets them over REST, and call charges inside the server, where the calls module will
 * ask for them.
 */
package dev.callgate.it.billing;
