package dev.callgate.cloudapi.webhook;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * Typed reads of webhook JSON that fail with a {@link WebhookParseException} naming the path, never
 * with a NullPointerException or ClassCastException.
 */
final class JsonFields {

  private JsonFields() {}

  static String text(JsonObject o, String name, String path) {
    String value = optText(o, name, path);
    if (value == null || value.isBlank()) {
      throw new WebhookParseException(path + "." + name + " is missing");
    }
    return value;
  }

  /** A string, or a number written as text (Meta writes ids and times either way). */
  static String optText(JsonObject o, String name, String path) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    throw new WebhookParseException(path + "." + name + " is not a string");
  }

  static JsonObject object(JsonObject o, String name, String path) {
    JsonObject value = optObject(o, name, path);
    if (value == null) {
      throw new WebhookParseException(path + "." + name + " is missing");
    }
    return value;
  }

  static JsonObject optObject(JsonObject o, String name, String path) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonObject obj) {
      return obj;
    }
    throw new WebhookParseException(path + "." + name + " is not an object");
  }

  /** The objects of an array; an absent array is empty. */
  static List<JsonObject> objects(JsonObject o, String name, String path) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray array)) {
      throw new WebhookParseException(path + "." + name + " is not an array");
    }
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject)) {
        throw new WebhookParseException(path + "." + name + "[" + i + "] is not an object");
      }
    }
    return array.getValuesAs(JsonObject.class);
  }

  static boolean flag(JsonObject o, String name, String path) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    if (v instanceof JsonString s) {
      return Boolean.parseBoolean(s.getString());
    }
    throw new WebhookParseException(path + "." + name + " is not a boolean");
  }

  static Integer optInt(JsonObject o, String name, String path) {
    String text = optText(o, name, path);
    try {
      return text == null ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new WebhookParseException(path + "." + name + " is not a whole number", e);
    }
  }

  /** Unix seconds, as text or number; null when absent. */
  static Instant optInstant(JsonObject o, String name, String path) {
    String text = optText(o, name, path);
    try {
      return text == null ? null : Instant.ofEpochSecond(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw new WebhookParseException(path + "." + name + " is not a Unix time", e);
    }
  }

  static <E extends Enum<E>> E choice(Class<E> type, String value, String path) {
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equalsIgnoreCase(value.strip())) {
        return candidate;
      }
    }
    throw new WebhookParseException(path + " has the unknown value '" + value + "'");
  }
}
