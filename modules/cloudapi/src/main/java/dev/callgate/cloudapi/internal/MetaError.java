package dev.callgate.cloudapi.internal;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Meta's error envelope {@code {"error":{"message","type","code","error_data","fbtrace_id"}}}, read
 * leniently: a proxy's HTML error page yields a record with only the raw text as message.
 */
record MetaError(Integer code, String message, JsonObject errorData, String fbtraceId) {

  /** Keys under which error_data may say when a refused call becomes possible again. */
  private static final List<String> RETRY_KEYS =
      List.of(
          "retry_after",
          "next_call_allowed_at",
          "next_allowed_time",
          "limit_expiration_time",
          "expiration_time");

  static MetaError parse(String body) {
    try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonObject error = reader.readObject().getJsonObject("error");
      if (error == null) {
        return new MetaError(null, abbreviated(body), null, null);
      }
      JsonValue code = error.get("code");
      Integer number = code instanceof JsonNumber n ? n.intValue() : parseInt(code);
      JsonValue data = error.get("error_data");
      return new MetaError(
          number,
          error.getString("message", null),
          data instanceof JsonObject o ? o : null,
          error.getString("fbtrace_id", null));
    } catch (RuntimeException notJson) {
      return new MetaError(null, abbreviated(body), null, null);
    }
  }

  /** The text of error_data.details (where Meta explains an SDP problem), or empty. */
  String details() {
    if (errorData == null) {
      return "";
    }
    JsonValue details = errorData.get("details");
    return details instanceof JsonString s ? s.getString() : String.valueOf(details);
  }

  /** When error_data says the refusal ends: epoch seconds or milliseconds, or ISO-8601. */
  Instant retryAfter() {
    if (errorData == null) {
      return null;
    }
    for (String key : RETRY_KEYS) {
      JsonValue value = errorData.get(key);
      Instant instant = instant(value);
      if (instant != null) {
        return instant;
      }
    }
    return null;
  }

  private static Instant instant(JsonValue value) {
    if (value instanceof JsonNumber n) {
      long v = n.longValue();
      return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    }
    if (value instanceof JsonString s) {
      String text = s.getString().strip();
      if (text.matches("\\d+")) {
        return instant(Json.createValue(Long.parseLong(text)));
      }
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException notAnInstant) {
        return null;
      }
    }
    return null;
  }

  private static Integer parseInt(JsonValue value) {
    if (value instanceof JsonString s && s.getString().matches("\\d{1,9}")) {
      return Integer.valueOf(s.getString());
    }
    return null;
  }

  private static String abbreviated(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}
