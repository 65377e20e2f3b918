package dev.callgate.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.cloudapi.CloudApiAccount;
import org.junit.jupiter.api.Test;

/** How a WABA's Cloud API overrides merge with the configured defaults. */
class CloudApiDefaultsTest {

  private static CloudApiDefaults defaults(String baseUrl, boolean sandbox) {
    return new CloudApiDefaults(
        baseUrl,
        "v23.0",
        "default-token",
        "default-secret",
        sandbox,
        "https://callgate.example.com/");
  }

  @Test
  void aWabaWithoutOverridesUsesEveryDefault() {
    CloudApiAccount account =
        defaults("https://graph.facebook.com/", false).merge(null, null, null, null);
    assertThat(account)
        .isEqualTo(
            new CloudApiAccount(
                "https://graph.facebook.com", "v23.0", "default-token", "default-secret"));
  }

  @Test
  void eachOverrideWinsOnItsOwn() {
    CloudApiAccount account =
        defaults("https://graph.facebook.com", false).merge(null, "v24.0", "waba-token", " ");
    assertThat(account)
        .isEqualTo(
            new CloudApiAccount(
                "https://graph.facebook.com", "v24.0", "waba-token", "default-secret"));
  }

  @Test
  void autoMeansTheSandboxOfThisServer() {
    assertThat(defaults("auto", false).merge(null, null, null, null).baseUrl())
        .isEqualTo("https://callgate.example.com/sandbox/graph");
    assertThat(
            defaults("https://graph.facebook.com", false).merge("AUTO", null, null, null).baseUrl())
        .isEqualTo("https://callgate.example.com/sandbox/graph");
  }

  @Test
  void noBaseUrlMeansTheSandboxWhenItIsEnabledAndMetaOtherwise() {
    assertThat(defaults(null, true).merge(null, null, null, null).baseUrl())
        .isEqualTo("https://callgate.example.com/sandbox/graph");
    assertThat(defaults("", false).merge(null, null, null, null).baseUrl())
        .isEqualTo("https://graph.facebook.com");
  }

  @Test
  void anExplicitBaseUrlIsKeptEvenWithTheSandboxEnabled() {
    assertThat(defaults("https://graph.facebook.com", true).merge(null, null, null, null).baseUrl())
        .isEqualTo("https://graph.facebook.com");
  }
}
