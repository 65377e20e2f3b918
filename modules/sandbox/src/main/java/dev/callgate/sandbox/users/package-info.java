/**
 * The WhatsApp users the sandbox plays: how each one answers permission requests and calls, and the
 * simulated calls and replies that follow, timed on the sandbox clock and reported to Callgate as
 * Meta's webhooks. A user whose phone page is open answers business calls with that browser's real
 * WebRTC instead of the sandbox's synthetic SDP.
 */
package dev.callgate.sandbox.users;
