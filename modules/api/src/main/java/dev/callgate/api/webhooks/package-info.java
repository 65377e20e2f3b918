/**
 * The receiver Meta (and the sandbox) POST webhooks to, at {@code /api/webhooks/whatsapp}: the
 * verification handshake, the body limit and the HMAC signature check over the raw bytes, then the
 * durable hand-over to the calls module's inbox.
 */
package dev.callgate.api.webhooks;
