package dev.callgate.calls;

import java.time.Instant;

/** A stored webhook event, as operators see it. */
public record WebhookEventView(
    long id,
    String dedupeKey,
    String kind,
    String callId,
    String messageId,
    String phoneNumberId,
    String wabaId,
    WebhookEventStatus status,
    int attempts,
    String lastError,
    Instant nextAttemptAt,
    Instant receivedAt,
    Instant processedAt,
    int duplicates,
    String payload) {}
