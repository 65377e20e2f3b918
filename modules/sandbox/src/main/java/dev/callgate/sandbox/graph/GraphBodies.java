package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.sdp.SdpCheck;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Reading Graph request bodies; anything malformed is Meta's code 100, never a server error. */
final class GraphBodies {

  private GraphBodies() {}

  static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      throw MetaError.invalidParameter("The request body is empty");
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw MetaError.invalidParameter("The request body is not a JSON object");
    }
  }

  static String required(JsonObject json, String name) {
    return optional(json, name)
        .orElseThrow(() -> MetaError.invalidParameter("The parameter " + name + " is required"));
  }

  static java.util.Optional<String> optional(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return java.util.Optional.empty();
    }
    if (!(value instanceof JsonString text) || text.getString().isBlank()) {
      throw MetaError.invalidParameter("The parameter " + name + " must be a non-empty string");
    }
    return java.util.Optional.of(text.getString());
  }

  static void whatsapp(JsonObject json) {
    if (!"whatsapp".equals(required(json, "messaging_product"))) {
      throw MetaError.invalidParameter("messaging_product must be whatsapp");
    }
  }

  /** A recipient wa_id: digits, an optional leading plus dropped. */
  static String recipient(JsonObject json, String name) {
    String to = required(json, name).strip().replaceFirst("^\\+", "");
    if (!to.matches("\\d{6,15}")) {
      throw MetaError.invalidParameter(
          "The parameter " + name + " must be a phone number in E.164 digits");
    }
    return to;
  }

  /** The session's SDP, of the given type and valid by Meta's checks. */
  static String sdp(JsonObject json, String expectedType) {
    if (!(json.get("session") instanceof JsonObject session)) {
      throw MetaError.invalidParameter("The parameter session is required");
    }
    if (!expectedType.equals(optional(session, "sdp_type").orElse(""))) {
      throw MetaError.invalidParameter("session.sdp_type must be " + expectedType);
    }
    String sdp = optional(session, "sdp").orElse("");
    SdpCheck.problem(sdp)
        .ifPresent(
            problem -> {
              throw new MetaError(100, 400, "(#100) Invalid parameter", "Invalid SDP: " + problem);
            });
    return sdp;
  }
}
