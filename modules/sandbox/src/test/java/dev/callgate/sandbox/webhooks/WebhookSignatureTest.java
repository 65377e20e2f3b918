package dev.callgate.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The X-Hub-Signature-256 value, checked against an HMAC computed elsewhere. */
class WebhookSignatureTest {

  @Test
  void signatureIsSha256HexHmacOfTheRawBody() {
    // echo -n '{"object":"whatsapp_business_account"}' | openssl dgst -sha256 -hmac
    // sandbox-app-secret
    assertThat(
            WebhookSignature.of("{\"object\":\"whatsapp_business_account\"}", "sandbox-app-secret"))
        .isEqualTo("sha256=" + OPENSSL);
  }

  @Test
  void anyChangeOfBodyOrSecretChangesTheSignature() {
    String body = "{\"a\":1}";
    assertThat(WebhookSignature.of(body, "s1")).isNotEqualTo(WebhookSignature.of(body, "s2"));
    assertThat(WebhookSignature.of(body, "s1")).isNotEqualTo(WebhookSignature.of(body + " ", "s1"));
  }

  private static final String OPENSSL =
      "0cf892cc3c3c33aef905b405f15ebe3397bedcbe63a4aa03b256ce4e459c569c";
}
