package dev.callgate.sandbox.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/** Reading control requests and refusing bad ones in Callgate's error shape. */
final class ControlBodies {

  private ControlBodies() {}

  static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw refuse(400, "validation_failed", "The body is not a JSON object");
    }
  }

  static String text(JsonObject json, String name, String fallback) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (fallback == null) {
        throw refuse(400, "validation_failed", name + " is required");
      }
      return fallback;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.toString();
    }
    throw refuse(400, "validation_failed", name + " must be a string");
  }

  static long number(JsonObject json, String name, Long fallback) {
    JsonValue value = json.get(name);
    if (value instanceof JsonNumber n) {
      return n.longValue();
    }
    if (value == null && fallback != null) {
      return fallback;
    }
    throw refuse(400, "validation_failed", name + " must be a number");
  }

  static WebApplicationException refuse(int status, String code, String message) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("error", Json.createObjectBuilder().add("code", code).add("message", message))
            .build();
    return new WebApplicationException(
        message,
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(body.toString())
            .build());
  }

  static Response ok(JsonValue body) {
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
