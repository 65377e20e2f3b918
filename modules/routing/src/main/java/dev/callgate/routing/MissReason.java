package dev.callgate.routing;

import java.util.Locale;

/** Why a user-initiated call was missed (C6, R7, S2), written in the API as {@link #wire()}. */
public enum MissReason {
  /** Outside the number's weekly call hours (S2). */
  OUTSIDE_CALL_HOURS,
  /** Inside one of the number's dated unavailable ranges (S2). */
  TEMPORARILY_UNAVAILABLE,
  /** Nobody of the chain was ONLINE and reachable (R2, R12). */
  ALL_OFFLINE,
  /** Someone was online, but everyone was ringing, on a call or in wrap-up (R3, R10). */
  ALL_BUSY,
  /** Agents were offered the call and none accepted in time (R7). */
  NOBODY_ACCEPTED,
  /** The customer hung up before any agent accepted. */
  CALLER_HUNG_UP;

  /** {@code outside_call_hours}, as the API writes it. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
