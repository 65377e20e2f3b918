package dev.callgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polling for asynchronous effects (webhooks, the sandbox's users) with a bounded wait. */
public final class Await {

  private Await() {}

  /**
   * Probes every 100 ms until the condition holds; fails with the last value after {@code wait}.
   */
  public static <T> T until(Supplier<T> probe, Predicate<T> condition, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    T value = probe.get();
    while (!condition.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      value = probe.get();
    }
    assertThat(condition).as("never reached; last: %s", value).accepts(value);
    return value;
  }
}
