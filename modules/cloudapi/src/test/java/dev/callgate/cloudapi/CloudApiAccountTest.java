package dev.callgate.cloudapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CloudApiAccountTest {

  @Test
  void toStringNeverShowsTheTokenOrTheSecret() {
    CloudApiAccount account =
        new CloudApiAccount(
            "https://graph.facebook.com", "v23.0", "EAAG-secret-token", "s3cr3t-app");
    assertThat(account.toString())
        .contains("https://graph.facebook.com", "v23.0", "<redacted>")
        .doesNotContain("EAAG-secret-token")
        .doesNotContain("s3cr3t-app");
  }

  @Test
  void toStringSaysWhenNoCredentialIsSet() {
    assertThat(new CloudApiAccount("http://x", "v23.0", null, "").toString())
        .contains("accessToken=<none>", "appSecret=<none>");
  }
}
