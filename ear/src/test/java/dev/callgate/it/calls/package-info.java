/**
 * Business-initiated calls end to end (C1, C2, C4-C6, L1-L7, B2-B6): the pre-flight and the start
 * over REST, the sandbox's users answering or not, the call following its webhooks, and the
 * wallet's debit at the end.
 */
package dev.callgate.it.calls;
