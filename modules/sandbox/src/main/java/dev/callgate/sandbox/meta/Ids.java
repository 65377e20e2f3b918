package dev.callgate.sandbox.meta;

import java.security.SecureRandom;
import java.util.Base64;

/** Opaque ids shaped like Meta's: {@code wacid.} for calls, {@code wamid.} for messages. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static String callId() {
    return "wacid." + random(24, true);
  }

  public static String messageId() {
    return "wamid." + random(30, false);
  }

  /** A numeric id like Graph object ids (templates). */
  public static String numericId() {
    return String.valueOf(
        100_000_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 899_999_999_999_999L);
  }

  private static String random(int bytes, boolean urlSafe) {
    byte[] raw = new byte[bytes];
    RANDOM.nextBytes(raw);
    return urlSafe
        ? Base64.getUrlEncoder().withoutPadding().encodeToString(raw)
        : Base64.getEncoder().encodeToString(raw);
  }
}
