/**
 * The WhatsApp Cloud API Calling API as Callgate meets it: the typed client, the webhook payload
 * model and the HMAC signature check. Fault tolerance lives here and nowhere else.
 */
package dev.callgate.cloudapi;
