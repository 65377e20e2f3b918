package dev.callgate.routing.internal;

import dev.callgate.kernel.ClockAdvanced;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves rings on when they are due by the injectable clock: an offer's ring time is up (R7) or the
 * accept window is over (C3). An EJB timer looks every second; an advance of the shared clock
 * (sandbox mode) looks at once, so a test that moves the clock past a ring time sees the call move
 * on without waiting. Each ring is handled in a transaction of its own under its business's lock,
 * so two nodes that both look handle it once: the second finds it no longer due.
 *
 * <p>A non-persistent timer: what it would have done during a restart it does at its first tick.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RingTimers {

  private static final Logger LOG = Logger.getLogger(RingTimers.class.getName());
  private static final int BATCH = 200;

  @EJB private RingExpiry expiry;

  @Inject private RoutingRows rows;

  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "ring timers")
  void tick() {
    sweep();
  }

  public void clockAdvanced(@Observes ClockAdvanced advanced) {
    sweep();
  }

  /** Handles every ring due now; returns how many it looked at. */
  public int sweep() {
    List<Long> due = rows.due(clock.instant(), BATCH);
    for (Long callId : due) {
      try {
        expiry.expire(callId);
      } catch (RuntimeException e) {
        // left due: the next tick tries again
        LOG.log(Level.WARNING, "Ring of call " + callId + " could not move on", e);
      }
    }
    return due.size();
  }
}
