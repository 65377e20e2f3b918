package dev.callgate.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Cloud API webhook of a customer who grants a permanent call permission from the business
 * profile (P3c): a {@code call_permission_reply} with no {@code context}, since it answers no
 * request. Signed as Meta signs deliveries.
 */
final class GrantWebhook {

  private final Settings settings;

  GrantWebhook(Settings settings) {
    this.settings = settings;
  }

  /**
   * @param messageId unique per delivery: a message id seen before is absorbed as a duplicate and
   *     never processed again
   */
  byte[] body(String waId, String messageId, long epochSecond) {
    String json =
        """
        {"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"messages",\
        "value":{"messaging_product":"whatsapp",\
        "metadata":{"display_phone_number":"%s","phone_number_id":"%s"},\
        "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"interactive",\
        "interactive":{"type":"call_permission_reply","call_permission_reply":{\
        "response":"accept","is_permanent":true,"response_source":"user_action"}}}]}}]}]}"""
            .formatted(
                settings.wabaId(),
                settings.displayNumber(),
                settings.numberId(),
                waId,
                messageId,
                epochSecond);
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The {@code X-Hub-Signature-256} header: HMAC-SHA256 of the raw body with the app secret. */
  String signature(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(settings.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
