package dev.callgate.sandbox.time;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Timers on the sandbox clock. A managed thread ticks every 200 ms and fires what is due; an
 * advance of the clock ticks at once. Timers fire one at a time, in due order, so the webhooks of
 * one call are queued in the order a real call would produce them.
 *
 * <p>A thread rather than a periodic task of the managed scheduler: WildFly refuses periodic tasks,
 * with an error per tick, while the server suspends before shutdown.
 */
@ApplicationScoped
public class SandboxTimers {

  private static final Logger LOG = Logger.getLogger(SandboxTimers.class.getName());
  private static final long TICK_MILLIS = 200;

  @Inject SandboxClock clock;

  @Resource ManagedThreadFactory threads;

  private final TimerQueue queue = new TimerQueue();
  private Thread ticking;
  private volatile boolean running = true;
  private final Object firing = new Object();

  void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
    ensureTicking();
  }

  private synchronized void ensureTicking() {
    if (ticking == null && running) {
      ticking = threads.newThread(this::tickUntilStopped);
      ticking.setName("sandbox-timers");
      ticking.setDaemon(true);
      ticking.start();
    }
  }

  @PreDestroy
  synchronized void stop() {
    running = false;
    if (ticking != null) {
      ticking.interrupt();
    }
  }

  private void tickUntilStopped() {
    while (running) {
      try {
        Thread.sleep(TICK_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      tick();
    }
  }

  /** Runs {@code task} once the sandbox clock reaches now + {@code delay}. */
  public TimerQueue.Handle after(Duration delay, Runnable task) {
    ensureTicking();
    return queue.add(clock.instant().plus(delay), task);
  }

  /** Fires every timer due by the sandbox clock's now. */
  public void tick() {
    synchronized (firing) {
      fireDue();
    }
  }

  private void fireDue() {
    List<Runnable> due = new ArrayList<>(queue.takeDue(clock.instant()));
    for (Runnable task : due) {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "sandbox timer failed", e);
      }
    }
  }
}
