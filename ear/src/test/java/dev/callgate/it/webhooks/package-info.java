/**
 * The webhook receiver and its processing, as Meta meets them: signed deliveries of the shared
 * Cloud API samples over HTTP, duplicates and out-of-order arrivals (C4), retries and the
 * dead-letter store.
 */
package dev.callgate.it.webhooks;
