/**
 * The call lifecycle (rules L1-L7, C1-C7): pre-flight, connect, webhook processing and
 * dispositions. It orchestrates permissions, routing, billing and media through their public
 * services.
 */
package dev.callgate.calls;
