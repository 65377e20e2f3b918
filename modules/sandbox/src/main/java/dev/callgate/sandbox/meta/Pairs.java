package dev.callgate.sandbox.meta;

import dev.callgate.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every pair Meta has seen, keyed by business phone number id and user wa_id. */
@ApplicationScoped
public class Pairs {

  @Inject SandboxConfig config;

  private final Map<String, Pair> pairs = new ConcurrentHashMap<>();

  public Pair of(String phoneNumberId, String waId) {
    return pairs.computeIfAbsent(phoneNumberId + "/" + waId, key -> new Pair(config.limits()));
  }

  /** The pairs of one user, by phone number id. */
  public Map<String, Pair> ofUser(String waId) {
    Map<String, Pair> found = new java.util.TreeMap<>();
    pairs.forEach(
        (key, pair) -> {
          if (key.endsWith("/" + waId)) {
            found.put(key.substring(0, key.indexOf('/')), pair);
          }
        });
    return found;
  }
}
