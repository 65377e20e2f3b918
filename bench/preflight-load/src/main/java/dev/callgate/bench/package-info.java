/**
 * The pre-flight load benchmark: 10,000 seeded pairs, the pre-flight of random pairs at rising
 * concurrency with its latency percentiles, and the no-op handshake beside it. Run by hand, never
 * in the test suite (see bench/README.md).
 */
package dev.callgate.bench;
