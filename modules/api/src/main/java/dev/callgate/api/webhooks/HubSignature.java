package dev.callgate.api.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Hub-Signature-256: sha256=<hex>} against the raw body, in constant time so that
 * response timing reveals nothing about the expected value.
 *
 * <p>A small copy of the check until the Cloud API client's {@code WebhookSignature} (another
 * branch) is merged; then this class should delegate to it.
 */
public final class HubSignature {

  private static final String PREFIX = "sha256=";

  private final List<byte[]> secrets;

  /**
   * @param secrets the app secret, or several separated by commas while one is rotated
   */
  public HubSignature(String secrets) {
    this.secrets =
        secrets == null
            ? List.of()
            : Arrays.stream(secrets.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .toList();
  }

  public boolean matches(byte[] body, String header) {
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] presented;
    try {
      presented = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    boolean match = false;
    for (byte[] secret : secrets) {
      // every secret is tried, so the time taken does not depend on which one matched
      match |= MessageDigest.isEqual(hmac(secret, body), presented);
    }
    return match;
  }

  /** The header value a sender with this secret writes; for tests and the benchmark. */
  public static String sign(String secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
  }

  private static byte[] hmac(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
