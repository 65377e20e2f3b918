package dev.callgate.kernel;

import java.time.Duration;

/**
 * The shared {@link ShiftableClock} was moved forward (the sandbox's clock advance): timers that
 * read it, such as ring timeouts, should fire what became due at once rather than at their next
 * tick. Fired synchronously after the move.
 *
 * @param offset how far the clock is now ahead of real time
 */
public record ClockAdvanced(Duration offset) {}
