/**
 * How webhooks are stored and processed: the inbox (raw deliveries, one row per event, duplicates
 * absorbed at insert), the queue listener that processes each event in its own transaction with
 * retries and a dead-letter state, the dispatcher to the other modules, and the per-call recorder.
 * Nothing outside the calls module may use this package.
 */
package dev.callgate.calls.internal;
