package dev.callgate.permissions;

import java.time.Instant;

/**
 * A customer's permission reply as it arrived, and what it did (P12): {@code APPLIED}, {@code
 * UNCHANGED}, {@code EXPIRED_REQUEST}, {@code UNKNOWN_REQUEST} or {@code STALE}.
 *
 * @param contextId the request (wamid) or call (wacid) the reply answered, or null
 */
public record ReplyView(
    String messageId,
    String response,
    boolean permanent,
    String responseSource,
    String contextId,
    Instant repliedAt,
    Instant receivedAt,
    String outcome) {}
