package dev.callgate.billing.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rule B7: rate cards are versioned by the instant they take effect, and the card in force at an
 * instant is the newest one already effective then. A call is priced with the card in force when it
 * started, however late its charge arrives.
 */
public final class RateCardSchedule {

  /** A card version as the schedule needs it. */
  public record Version(long id, Instant effectiveFrom) {}

  private final List<Version> versions;

  public RateCardSchedule(List<Version> versions) {
    this.versions = List.copyOf(versions);
  }

  /** Empty before the first card took effect. */
  public Optional<Version> inForceAt(Instant at) {
    return versions.stream()
        .filter(v -> !v.effectiveFrom().isAfter(at))
        .max(Comparator.comparing(Version::effectiveFrom));
  }
}
