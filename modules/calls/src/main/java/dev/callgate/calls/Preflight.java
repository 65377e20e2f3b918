package dev.callgate.calls;

import dev.callgate.kernel.CallingException;

/**
 * The answer of the pre-flight (L7): whether a business call could start now and, if not, the
 * refusal the real start would give, with its rule and, when known, until when.
 */
public record Preflight(boolean allowed, CallingException refusal) {

  public static Preflight allowedNow() {
    return new Preflight(true, null);
  }

  public static Preflight refused(CallingException refusal) {
    return new Preflight(false, refusal);
  }
}
