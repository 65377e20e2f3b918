package dev.callgate.routing.internal;

import dev.callgate.routing.AgentPayloads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs {@code agent:<id>} payloads with HMAC-SHA256 over the business and the agent, keeping 128
 * bits of the tag (22 characters, far inside Meta's 512). Without {@code
 * callgate.routing.payload-secret} the key is derived from the Cloud API app secret, which every
 * deployment has for its webhooks.
 */
@ApplicationScoped
public class DefaultAgentPayloads implements AgentPayloads {

  private static final Pattern PAYLOAD = Pattern.compile("agent:(\\d{1,18})\\.([A-Za-z0-9_-]{22})");
  private static final int TAG_BYTES = 16;

  @Inject
  @ConfigProperty(name = "callgate.routing.payload-secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.app-secret")
  Optional<String> appSecret;

  private byte[] key;

  @PostConstruct
  void deriveKey() {
    if (secret.filter(s -> !s.isBlank()).isPresent()) {
      key = secret.get().getBytes(StandardCharsets.UTF_8);
    } else {
      String base =
          appSecret.orElseThrow(
              () ->
                  new IllegalStateException(
                      "Set callgate.routing.payload-secret or callgate.cloudapi.app-secret"));
      key = hmac(base.getBytes(StandardCharsets.UTF_8), "callgate routing payloads");
    }
  }

  @Override
  public String forAgent(long businessId, long agentId) {
    return "agent:" + agentId + "." + tag(businessId, agentId);
  }

  @Override
  public Optional<Long> agentOf(long businessId, String payload) {
    if (payload == null) {
      return Optional.empty();
    }
    Matcher m = PAYLOAD.matcher(payload.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    long agentId = Long.parseLong(m.group(1));
    boolean signed =
        MessageDigest.isEqual(
            tag(businessId, agentId).getBytes(StandardCharsets.US_ASCII),
            m.group(2).getBytes(StandardCharsets.US_ASCII));
    return signed ? Optional.of(agentId) : Optional.empty();
  }

  private String tag(long businessId, long agentId) {
    byte[] mac = hmac(key, "agent:" + businessId + ":" + agentId);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, TAG_BYTES));
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
