/**
 * The Graph-compatible endpoints under {@code /sandbox/graph/vNN.N}: calls, messages, call
 * permissions, settings and message templates. They answer with Meta's success bodies and Meta's
 * error envelope, and require the access token Callgate is configured with.
 */
package dev.callgate.sandbox.graph;
