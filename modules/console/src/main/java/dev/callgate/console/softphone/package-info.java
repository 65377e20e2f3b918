/**
 * The softphone's channel to Callgate: a small JAX-RS application inside the console ({@code
 * /console/softphone}) that the browser's {@code softphone.js} calls to place a call with its SDP
 * offer, follow it until the answer and the end arrive, and hang up. It runs behind the console's
 * sign-in and acts as the signed-in agent; no API key ever reaches the browser.
 */
package dev.callgate.console.softphone;
