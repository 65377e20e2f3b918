package dev.callgate.sandbox.meta;

import dev.callgate.sandbox.SandboxConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The business numbers the sandbox knows, seeded with Callgate's demo numbers. An unknown but
 * well-formed phone number id is accepted with a made-up WABA, so any number id works.
 */
@ApplicationScoped
public class Numbers {

  @Inject SandboxConfig config;

  private final Map<String, BusinessNumber> numbers = new ConcurrentHashMap<>();

  @PostConstruct
  void seed() {
    for (String entry : config.numbers()) {
      String[] parts = entry.strip().split(":");
      if (parts.length == 3) {
        put(new BusinessNumber(parts[0], parts[1], parts[2]));
      }
    }
  }

  public void put(BusinessNumber number) {
    numbers.put(number.phoneNumberId(), number);
  }

  public Collection<BusinessNumber> all() {
    return numbers.values();
  }

  /** The number for a Graph path id; Meta's code 100 when the id cannot be an object id. */
  public BusinessNumber resolve(String phoneNumberId) {
    if (!phoneNumberId.matches("\\d{5,20}")) {
      throw new MetaError(
          100,
          400,
          "OAuthException",
          "Unsupported post request. Object with ID '" + phoneNumberId + "' does not exist",
          "Unknown phone number id " + phoneNumberId,
          Map.of("error_subcode", 33));
    }
    return numbers.computeIfAbsent(phoneNumberId, Numbers::madeUp);
  }

  private static BusinessNumber madeUp(String id) {
    String digits = String.format("%07d", Math.floorMod(id.hashCode(), 10_000_000));
    return new BusinessNumber(
        id,
        "9"
            + String.format(
                "%014d", Math.floorMod((long) id.hashCode() * 31, 100_000_000_000_000L)),
        "1555" + digits);
  }
}
