package dev.callgate.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Makes and hashes API key secrets. A secret carries 190 random bits, so a single SHA-256 is enough
 * to store it safely: there is nothing to brute-force that a slow hash would protect.
 */
final class ApiKeySecrets {

  static final String MARK = "cg_";
  private static final int PREFIX_LENGTH = 11;
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeySecrets() {}

  static String newSecret() {
    StringBuilder secret = new StringBuilder(MARK);
    for (int i = 0; i < 32; i++) {
      secret.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return secret.toString();
  }

  /** The part of a secret that may be shown again, to tell keys apart. */
  static String prefix(String secret) {
    return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
  }

  /** A new key entity for a secret; only the hash and the prefix are kept. */
  static ApiKey keyFor(
      dev.callgate.accounts.Actor actor, String name, String secret, java.time.Instant at) {
    return new ApiKey(
        actor.businessId(), name, prefix(secret), hash(secret), actor.principal(), at);
  }

  static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
