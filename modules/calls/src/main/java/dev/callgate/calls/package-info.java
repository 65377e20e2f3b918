/**
 * Calls of both directions as one {@code Call} aggregate (rules C1-C6, L1-L7, B1): the pre-flight
 * and start of business calls, customers' calls routed to agents and accepted, the webhooks that
 * follow them, the call list and callback tasks. It orchestrates permissions, routing, billing and
 * media through their public services.
 */
package dev.callgate.calls;
