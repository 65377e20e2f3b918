package dev.callgate.permissions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * What the pair's calls say about it: the last connected call, which resets the request limits
 * (P5), and the run of unanswered business calls, which prompts and then revokes (P8).
 */
@Embeddable
public class CallStreak {

  @Column(name = "consecutive_unanswered")
  private int consecutiveUnanswered;

  @Column(name = "prompted_to_reconsider")
  private boolean promptedToReconsider;

  @Column(name = "last_connected_at")
  private Instant lastConnectedAt;

  /** A call connected: the run ends and the request limits start afresh. */
  void connected(Instant at) {
    reset();
    if (lastConnectedAt == null || at.isAfter(lastConnectedAt)) {
      lastConnectedAt = at;
    }
  }

  /** A business call went unanswered; returns whether this one reached the revocation. */
  boolean unanswered(UnansweredCallPolicy policy) {
    UnansweredCallPolicy.Outcome outcome = policy.after(consecutiveUnanswered, false);
    consecutiveUnanswered = outcome.consecutive();
    promptedToReconsider = promptedToReconsider || outcome.prompt();
    return outcome.revoke();
  }

  /** The permission ended: a new one starts with a clean run. */
  void reset() {
    consecutiveUnanswered = 0;
    promptedToReconsider = false;
  }

  int consecutiveUnanswered() {
    return consecutiveUnanswered;
  }

  boolean promptedToReconsider() {
    return promptedToReconsider;
  }

  Instant lastConnectedAt() {
    return lastConnectedAt;
  }
}
