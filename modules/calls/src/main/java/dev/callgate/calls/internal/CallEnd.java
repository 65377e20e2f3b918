package dev.callgate.calls.internal;

import java.time.Instant;

/**
 * How a call ended, as its terminate webhook says.
 *
 * @param answered whether media flowed (a start time or a positive duration)
 */
record CallEnd(boolean answered, Instant startedAt, Instant endedAt, Integer durationSeconds) {

  static final CallEnd NOT_YET = new CallEnd(false, null, null, null);
}
