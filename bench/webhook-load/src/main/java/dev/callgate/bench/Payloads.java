package dev.callgate.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A UIC connect webhook like the shared sample, and its signature. */
final class Payloads {

  private Payloads() {}

  static String connect(String numberId, String callId) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\","
        + "\"changes\":[{\"field\":\"calls\",\"value\":{\"messaging_product\":\"whatsapp\","
        + "\"metadata\":{\"phone_number_id\":\""
        + numberId
        + "\",\"display_phone_number\":"
        + "\"919876543210\"},\"contacts\":[{\"profile\":{\"name\":\"Bench\"},\"wa_id\":"
        + "\"919812345678\"}],\"calls\":[{\"id\":\""
        + callId
        + "\",\"from\":\"919812345678\","
        + "\"to\":\"919876543210\",\"event\":\"connect\",\"timestamp\":\"1749197000\","
        + "\"direction\":\"USER_INITIATED\",\"session\":{\"sdp_type\":\"offer\",\"sdp\":\"v=0\\r"
        + "\\n"
        + "o=- 1 2 IN IP4 127.0.0.1\\r"
        + "\\n"
        + "s=-\\r"
        + "\\n"
        + "t=0 0\\r"
        + "\\n"
        + "m=audio 9 UDP/TLS/RTP/SAVPF 111\\r"
        + "\\n"
        + "\"}}]}}]}]}";
  }

  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
