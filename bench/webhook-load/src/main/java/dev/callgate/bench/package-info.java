/**
 * The webhook load benchmark: signed deliveries at rising concurrency against a running
 * Callgate, with a no-op baseline and a check of the store afterwards. Run by hand, never in the
 * test suite (see bench/README.md).
 */
package dev.callgate.bench;
