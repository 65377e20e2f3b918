/**
 * Call permissions per pair of business number and customer (rules P1-P12): the permission state
 * machine, the request limits, the unanswered-call counter and the append-only consent ledger.
 */
package dev.callgate.permissions;
