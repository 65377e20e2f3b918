package dev.callgate.cloudapi.internal;

import dev.callgate.cloudapi.CallPermissions;
import dev.callgate.cloudapi.CallPermissions.Action;
import dev.callgate.cloudapi.CallPermissions.Limit;
import dev.callgate.cloudapi.CallPermissions.Status;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads both documented shapes of the call_permissions answer ({@code cloud-api.md} §2.2): the
 * guide's {@code no_permission|temporary|permanent} with {@code expiration_time}, and the generated
 * reference's {@code granted|pending|denied|expired} with {@code expiration}.
 */
final class CallPermissionsReader {

  private static final Pattern SHORT_PERIOD = Pattern.compile("(\\d+)\\s*([hdm])");

  private CallPermissionsReader() {}

  static CallPermissions read(JsonObject answer) {
    JsonObject permission = answer.getJsonObject("permission");
    String raw = permission == null ? null : permission.getString("status", null);
    Instant expiresAt = null;
    if (permission != null) {
      expiresAt = instant(permission.get("expiration_time"));
      if (expiresAt == null) {
        expiresAt = instant(permission.get("expiration"));
      }
    }
    List<Action> actions =
        answer.containsKey("actions") && !answer.isNull("actions")
            ? answer.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .map(CallPermissionsReader::action)
                .toList()
            : List.of();
    return new CallPermissions(status(raw, expiresAt), raw, expiresAt, actions);
  }

  /** "granted" says nothing about permanence; an expiry makes it temporary. */
  static Status status(String raw, Instant expiresAt) {
    if (raw == null) {
      return Status.NONE;
    }
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "temporary" -> Status.TEMPORARY;
      case "permanent" -> Status.PERMANENT;
      case "granted" -> expiresAt == null ? Status.PERMANENT : Status.TEMPORARY;
      case "pending" -> Status.PENDING;
      case "denied", "rejected" -> Status.DENIED;
      case "expired" -> Status.EXPIRED;
      default -> Status.NONE;
    };
  }

  private static Action action(JsonObject action) {
    List<Limit> limits =
        action.containsKey("limits") && !action.isNull("limits")
            ? action.getJsonArray("limits").getValuesAs(JsonObject.class).stream()
                .map(CallPermissionsReader::limit)
                .toList()
            : List.of();
    return new Action(
        action.getString("action_name", null),
        action.getBoolean("can_perform_action", false),
        limits);
  }

  private static Limit limit(JsonObject limit) {
    String period = limit.getString("time_period", null);
    return new Limit(
        period,
        period(period),
        limit.getInt("max_allowed", 0),
        limit.getInt("current_usage", 0),
        instant(limit.get("limit_expiration_time")));
  }

  /** ISO-8601 ({@code PT24H}, {@code P7D}) or the reference's short form ({@code 24h}). */
  static Duration period(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException notIso) {
      Matcher m = SHORT_PERIOD.matcher(text.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        return null;
      }
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "h" -> Duration.ofHours(amount);
        case "d" -> Duration.ofDays(amount);
        default -> Duration.ofMinutes(amount);
      };
    }
  }

  /** Meta writes epoch seconds, as a number or as a string. */
  static Instant instant(JsonValue value) {
    if (value instanceof JsonNumber n) {
      return Instant.ofEpochSecond(n.longValue());
    }
    if (value instanceof JsonString s && s.getString().strip().matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(s.getString().strip()));
    }
    if (value instanceof JsonString s) {
      try {
        return Instant.parse(s.getString().strip());
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
    return null;
  }
}
