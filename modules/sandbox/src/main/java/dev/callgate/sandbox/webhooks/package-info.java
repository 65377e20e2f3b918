/**
 * Delivery of Meta's webhooks to Callgate's receiver: the payload shapes, the HMAC signature Meta
 * puts on every POST, retries, and optional duplicates and reordering (Meta's delivery is neither
 * exactly-once nor ordered). Every delivery is kept for inspection.
 */
package dev.callgate.sandbox.webhooks;
