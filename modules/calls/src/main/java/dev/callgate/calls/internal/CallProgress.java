package dev.callgate.calls.internal;

/**
 * The state a call's webhooks put it in. Webhooks arrive out of order (C4), so a state never moves
 * back to an earlier stage, and a terminal state is never overwritten: a connect that arrives after
 * its terminate is recorded but changes nothing.
 */
public enum CallProgress {
  CONNECTING(1),
  RINGING(1),
  ACCEPTED(2),
  REJECTED(2),
  COMPLETED(3),
  FAILED(3);

  private final int stage;

  CallProgress(int stage) {
    this.stage = stage;
  }

  public boolean terminal() {
    return stage == 3;
  }

  /** The state after a webhook reports {@code reported}; null {@code current} is a new call. */
  public static CallProgress next(CallProgress current, CallProgress reported) {
    if (current == null) {
      return reported;
    }
    if (current.terminal() || reported.stage < current.stage) {
      return current;
    }
    return reported;
  }
}
