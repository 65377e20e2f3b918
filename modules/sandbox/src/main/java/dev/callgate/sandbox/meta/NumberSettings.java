package dev.callgate.sandbox.meta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code calling} settings of each number. A POST replaces the sections it names (Meta replaces
 * {@code call_hours} wholesale); sandbox numbers start with calling enabled.
 */
@ApplicationScoped
public class NumberSettings {

  private static final JsonObject DEFAULTS =
      Json.createObjectBuilder()
          .add("status", "ENABLED")
          .add("call_icon_visibility", "DEFAULT")
          .add("callback_permission_status", "DISABLED")
          .add("srtp_key_exchange_protocol", "DTLS")
          .add("sip", Json.createObjectBuilder().add("status", "DISABLED"))
          .build();

  private final Map<String, JsonObject> calling = new ConcurrentHashMap<>();

  public JsonObject calling(String phoneNumberId) {
    return calling.getOrDefault(phoneNumberId, DEFAULTS);
  }

  public void update(String phoneNumberId, JsonObject changes) {
    calling.compute(
        phoneNumberId,
        (id, current) -> {
          JsonObjectBuilder merged = Json.createObjectBuilder(current == null ? DEFAULTS : current);
          changes.forEach(merged::add);
          return merged.build();
        });
  }

  public boolean callbackPermissionEnabled(String phoneNumberId) {
    return "ENABLED"
        .equals(calling(phoneNumberId).getString("callback_permission_status", "DISABLED"));
  }
}
