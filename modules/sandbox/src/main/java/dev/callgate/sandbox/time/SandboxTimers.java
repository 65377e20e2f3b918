package dev.callgate.sandbox.time;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Timers on the sandbox clock. A server scheduler ticks every 200 ms and fires what is due; an
 * advance of the clock ticks at once. Timers fire one by one on the ticking thread, in due order,
 * so the webhooks of one call are queued in the order a real call would produce them.
 */
@ApplicationScoped
public class SandboxTimers {

  private static final Logger LOG = Logger.getLogger(SandboxTimers.class.getName());
  private static final long TICK_MILLIS = 200;

  @Inject SandboxClock clock;

  @Resource ManagedScheduledExecutorService scheduler;

  private final TimerQueue queue = new TimerQueue();
  private ScheduledFuture<?> ticking;

  void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
    ensureTicking();
  }

  private synchronized void ensureTicking() {
    if (ticking == null) {
      ticking = scheduler.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  /** Runs {@code task} once the sandbox clock reaches now + {@code delay}. */
  public TimerQueue.Handle after(Duration delay, Runnable task) {
    ensureTicking();
    return queue.add(clock.instant().plus(delay), task);
  }

  /** Fires every timer due by the sandbox clock's now. */
  public void tick() {
    Instant now = clock.instant();
    List<Runnable> due = new ArrayList<>();
    synchronized (this) {
      due.addAll(queue.takeDue(now));
    }
    for (Runnable task : due) {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "sandbox timer failed", e);
      }
    }
  }
}
