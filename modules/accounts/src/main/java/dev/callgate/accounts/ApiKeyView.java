package dev.callgate.accounts;

import java.time.Instant;

/** An API key as listed: only its prefix is ever shown again after issue. */
public record ApiKeyView(
    long id,
    long businessId,
    String name,
    String prefix,
    String createdBy,
    Instant createdAt,
    Instant revokedAt,
    Instant lastUsedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
