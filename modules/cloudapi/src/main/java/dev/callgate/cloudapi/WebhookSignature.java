package dev.callgate.cloudapi;

import dev.callgate.cloudapi.webhook.DeliveryTenants;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Hub-Signature-256} header Meta puts on every webhook: {@code sha256=} and the hex
 * HMAC-SHA256 of the raw body, keyed with the app secret. The one place Callgate checks it: the
 * webhook receiver through {@link #verifyForTenants}, the sandbox clock through {@link #verify}.
 */
public final class WebhookSignature {

  private static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  /**
   * True only if the header is the body's signature under this secret. The comparison takes the
   * same time wherever the first difference is, so a forger learns nothing from timing.
   */
  public static boolean verify(byte[] body, String header, String appSecret) {
    if (body == null || header == null || appSecret == null || appSecret.isEmpty()) {
      return false;
    }
    String presented = header.strip();
    if (!presented.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] expected = sign(body, appSecret).getBytes(StandardCharsets.US_ASCII);
    byte[] actual =
        (PREFIX + presented.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT))
            .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * True only if the header signs the body with a secret that speaks for every WABA and number the
   * delivery names (see {@link WebhookSecrets#speakingFor}): a WABA's own secret never vouches for
   * another WABA's events. A body that is not JSON names no tenant; only the shared secrets may
   * sign it, and the receiver then refuses it as malformed. Every candidate is checked, so timing
   * does not reveal which one matched.
   */
  public static boolean verifyForTenants(byte[] body, String header, WebhookSecrets.Lookup lookup) {
    DeliveryTenants tenants =
        DeliveryTenants.of(body).orElse(new DeliveryTenants(Set.of(), Set.of()));
    Set<String> candidates =
        lookup
            .of(tenants.wabaIds(), tenants.phoneNumberIds())
            .speakingFor(tenants.wabaIds(), tenants.phoneNumberIds());
    boolean signed = false;
    for (String secret : candidates) {
      signed |= verify(body, header, secret);
    }
    return signed;
  }

  /** The header value Meta would send for this body, e.g. for tests and simulators. */
  public static String sign(byte[] body, String appSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
