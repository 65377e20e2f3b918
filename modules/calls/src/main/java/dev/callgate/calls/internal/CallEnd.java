package dev.callgate.calls.internal;

import dev.callgate.cloudapi.webhook.CallTerminate;
import java.time.Instant;

/**
 * How a call ended, as its terminate webhook says.
 *
 * @param answered whether media flowed (a start time or a positive duration)
 * @param endedAt the end Meta reports, else when Meta sent the terminate, else now
 */
record CallEnd(boolean answered, Instant startedAt, Instant endedAt, Integer durationSeconds) {

  static CallEnd of(CallTerminate t, Instant now) {
    boolean answered =
        t.startTime() != null || (t.durationSeconds() != null && t.durationSeconds() > 0);
    Instant end = t.endTime() != null ? t.endTime() : t.timestamp() != null ? t.timestamp() : now;
    return new CallEnd(answered, t.startTime(), end, t.durationSeconds());
  }
}
