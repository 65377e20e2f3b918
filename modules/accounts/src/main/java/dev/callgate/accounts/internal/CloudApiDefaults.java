package dev.callgate.accounts.internal;

import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.kernel.PublicUrl;

/**
 * The configured {@code callgate.cloudapi.*} values, and how a WABA's overrides merge with them. A
 * base URL of {@code auto} (the demo and the tests), or none while the sandbox is enabled, means
 * the sandbox of this very server.
 */
record CloudApiDefaults(
    String baseUrl,
    String graphVersion,
    String accessToken,
    String appSecret,
    boolean sandboxEnabled,
    String publicUrl) {

  static final String META_GRAPH = "https://graph.facebook.com";
  static final String SANDBOX_PATH = "/sandbox/graph";

  /** Each non-blank override wins; the rest comes from configuration. */
  CloudApiAccount merge(
      String baseUrlOverride,
      String graphVersionOverride,
      String accessTokenOverride,
      String appSecretOverride) {
    return new CloudApiAccount(
        resolveBaseUrl(firstSet(baseUrlOverride, baseUrl)),
        firstSet(graphVersionOverride, graphVersion),
        firstSet(accessTokenOverride, accessToken),
        firstSet(appSecretOverride, appSecret));
  }

  String resolveBaseUrl(String configured) {
    boolean unset = configured == null || configured.isBlank();
    if ((unset && sandboxEnabled) || (!unset && "auto".equalsIgnoreCase(configured.strip()))) {
      return PublicUrl.resolve(publicUrl) + SANDBOX_PATH;
    }
    return unset ? META_GRAPH : configured.strip().replaceAll("/+$", "");
  }

  private static String firstSet(String override, String fallback) {
    return override == null || override.isBlank() ? fallback : override.strip();
  }
}
