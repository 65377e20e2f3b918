package dev.callgate.sandbox.users;

import dev.callgate.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users told how to behave; anyone else grants temporarily and answers (after 2 s, for 5 s).
 */
@ApplicationScoped
public class Users {

  @Inject SandboxConfig config;

  private final Map<String, UserProfile> profiles = new ConcurrentHashMap<>();

  public UserProfile get(String waId) {
    return profiles.getOrDefault(waId, defaults(waId));
  }

  public void put(UserProfile profile) {
    profiles.put(profile.waId(), profile);
  }

  public UserProfile defaults(String waId) {
    return new UserProfile(
        waId,
        "User " + waId.substring(Math.max(0, waId.length() - 4)),
        UserProfile.OnPermissionRequest.GRANT_TEMPORARY,
        UserProfile.OnCall.ANSWER,
        config.defaultAnswerAfterSeconds(),
        config.defaultTalkSeconds());
  }
}
