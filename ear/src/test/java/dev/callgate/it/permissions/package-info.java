/**
 * Call permissions end to end (P1-P12, T2, T3): requests sent through the REST API reach the
 * sandbox's simulated users, their replies come back as signed webhooks, and the pair's state, its
 * limits and its consent ledger are read back the way an integrator reads them.
 */
package dev.callgate.it.permissions;
