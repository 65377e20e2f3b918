package dev.callgate.cloudapi;

/**
 * Where and as whom the client talks to the Cloud API for one WhatsApp Business Account.
 *
 * @param baseUrl the Graph host, e.g. {@code https://graph.facebook.com} (no version, no slash)
 * @param graphVersion e.g. {@code v23.0}
 * @param accessToken the system user's bearer token
 * @param appSecret the app secret that signs this WABA's webhooks
 */
public record CloudApiAccount(
    String baseUrl, String graphVersion, String accessToken, String appSecret) {

  /** Credentials end up in log lines through toString; never print them. */
  @Override
  public String toString() {
    return "CloudApiAccount[baseUrl="
        + baseUrl
        + ", graphVersion="
        + graphVersion
        + ", accessToken="
        + redacted(accessToken)
        + ", appSecret="
        + redacted(appSecret)
        + "]";
  }

  private static String redacted(String secret) {
    return secret == null || secret.isEmpty() ? "<none>" : "<redacted>";
  }
}
