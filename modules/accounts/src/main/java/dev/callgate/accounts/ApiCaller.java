package dev.callgate.accounts;

/** The business an authenticated API request acts for (A2), and the key it used. */
public record ApiCaller(long businessId, long apiKeyId, String keyPrefix) {

  public Actor actor(String source) {
    return new Actor(businessId, "api-key:" + keyPrefix, source);
  }
}
