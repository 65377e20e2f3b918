package dev.callgate.calls.internal;

/**
 * How often and how soon a failing webhook event is tried again: exponential backoff, capped.
 *
 * @param maxAttempts attempts before the event is dead
 */
public record RetryPolicy(
    int maxAttempts, long initialDelayMillis, double multiplier, long maxDelayMillis) {

  public RetryPolicy {
    if (maxAttempts < 1 || initialDelayMillis < 0 || multiplier < 1 || maxDelayMillis < 0) {
      throw new IllegalArgumentException("Invalid retry policy: " + maxAttempts + " attempts");
    }
  }

  /** The delay after the given number of failed attempts (1 after the first failure). */
  public long delayMillis(int failedAttempts) {
    double delay = initialDelayMillis * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
    return (long) Math.min(delay, maxDelayMillis);
  }
}
