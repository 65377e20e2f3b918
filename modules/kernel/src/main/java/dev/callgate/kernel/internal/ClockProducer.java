package dev.callgate.kernel.internal;

import dev.callgate.kernel.ShiftableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;

/**
 * Gives every module the same clock. The products are {@code @Dependent} because a normal-scoped
 * {@link Clock} would need a client proxy of a JDK class; handing out the one instance held by this
 * application-scoped bean shares it just the same.
 */
@ApplicationScoped
public class ClockProducer {

  private final ShiftableClock clock = new ShiftableClock(Clock.systemUTC());

  @Produces
  @Dependent
  public Clock clock() {
    return clock;
  }

  // @Typed: otherwise this product would also be a Clock and make "@Inject Clock" ambiguous.
  @Produces
  @Dependent
  @Typed(ShiftableClock.class)
  public ShiftableClock shiftableClock() {
    return clock;
  }
}
