package dev.callgate.cloudapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY =
      "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSignatureMadeWithTheSecretVerifies() {
    String header = WebhookSignature.sign(BODY, "app-secret");
    assertThat(header).startsWith("sha256=").hasSize("sha256=".length() + 64);
    assertThat(WebhookSignature.verify(BODY, header, "app-secret")).isTrue();
  }

  @Test
  void matchesAnHmacComputedIndependently() {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), RFC 4231 style vector
    byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
    assertThat(WebhookSignature.sign(body, "key"))
        .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void upperCaseHexIsAccepted() {
    String header = WebhookSignature.sign(BODY, "app-secret");
    assertThat(
            WebhookSignature.verify(
                BODY, "sha256=" + header.substring(7).toUpperCase(), "app-secret"))
        .isTrue();
  }

  @Test
  void aForgedSignatureIsRefused() {
    String forged = WebhookSignature.sign(BODY, "not-the-secret");
    assertThat(WebhookSignature.verify(BODY, forged, "app-secret")).isFalse();
  }

  @Test
  void aChangedBodyIsRefused() {
    String header = WebhookSignature.sign(BODY, "app-secret");
    byte[] tampered =
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{}]}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(WebhookSignature.verify(tampered, header, "app-secret")).isFalse();
  }

  @Test
  void aMissingOrMalformedSignatureIsRefused() {
    String header = WebhookSignature.sign(BODY, "app-secret");
    assertThat(WebhookSignature.verify(BODY, null, "app-secret")).isFalse();
    assertThat(WebhookSignature.verify(BODY, "", "app-secret")).isFalse();
    assertThat(WebhookSignature.verify(BODY, header.substring(7), "app-secret")).isFalse();
    assertThat(WebhookSignature.verify(BODY, "sha1=" + header.substring(7), "app-secret"))
        .isFalse();
    assertThat(WebhookSignature.verify(BODY, header, null)).isFalse();
    assertThat(WebhookSignature.verify(BODY, header, "")).isFalse();
  }
}
