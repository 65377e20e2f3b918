/**
 * The webhooks the Cloud API (and 360dialog) POST to Callgate, as typed records. {@link
 * dev.callgate.cloudapi.webhook.WebhookParser} turns one raw delivery into its events; each event
 * names a stable dedupe key, because Meta delivers at least once and in any order.
 */
package dev.callgate.cloudapi.webhook;
