/**
 * The WhatsApp users the sandbox plays: how each one answers permission requests and calls, and the
 * simulated calls and replies that follow, timed on the sandbox clock and reported to Callgate as
 * Meta's webhooks.
 */
package dev.callgate.sandbox.users;
