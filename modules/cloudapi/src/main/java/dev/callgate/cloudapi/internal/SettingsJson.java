package dev.callgate.cloudapi.internal;

import dev.callgate.cloudapi.NumberSettings;
import dev.callgate.cloudapi.NumberSettings.CallHours;
import dev.callgate.cloudapi.NumberSettings.Holiday;
import dev.callgate.cloudapi.NumberSettings.Restriction;
import dev.callgate.cloudapi.NumberSettings.Sip;
import dev.callgate.cloudapi.NumberSettings.SipServer;
import dev.callgate.cloudapi.NumberSettings.WeeklyHours;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The {@code calling} settings object of {@code cloud-api.md} §2.3, both ways. */
final class SettingsJson {

  private SettingsJson() {}

  static NumberSettings read(JsonObject answer) {
    JsonObject c = answer.getJsonObject("calling");
    if (c == null) {
      return new NumberSettings(
          null, null, List.of(), null, null, null, List.of(), null, List.of());
    }
    JsonObject icons = c.getJsonObject("call_icons");
    JsonObject audio = c.getJsonObject("audio");
    JsonObject restrictions = c.getJsonObject("restrictions");
    return new NumberSettings(
        c.getString("status", null),
        c.getString("call_icon_visibility", null),
        strings(icons == null ? null : icons.getJsonArray("restrict_to_user_countries")),
        callHours(c.getJsonObject("call_hours")),
        c.getString("callback_permission_status", null),
        c.getString("srtp_key_exchange_protocol", null),
        strings(audio == null ? null : audio.getJsonArray("additional_codecs")),
        sip(c.getJsonObject("sip")),
        list(
            restrictions == null ? null : restrictions.getJsonArray("restrictions_list"),
            r ->
                new Restriction(
                    r.getString("type", null),
                    r.getString("reason", null),
                    CallPermissionsReader.instant(r.get("expiration")))));
  }

  static JsonObject write(NumberSettings s) {
    JsonObjectBuilder c = Json.createObjectBuilder();
    put(c, "status", s.status());
    put(c, "call_icon_visibility", s.callIconVisibility());
    if (s.restrictToUserCountries() != null) {
      c.add(
          "call_icons",
          Json.createObjectBuilder()
              .add(
                  "restrict_to_user_countries",
                  Json.createArrayBuilder(s.restrictToUserCountries())));
    }
    if (s.callHours() != null) {
      c.add("call_hours", callHours(s.callHours()));
    }
    put(c, "callback_permission_status", s.callbackPermissionStatus());
    put(c, "srtp_key_exchange_protocol", s.srtpKeyExchangeProtocol());
    if (s.additionalCodecs() != null) {
      c.add(
          "audio",
          Json.createObjectBuilder()
              .add("additional_codecs", Json.createArrayBuilder(s.additionalCodecs())));
    }
    if (s.sip() != null) {
      c.add("sip", sip(s.sip()));
    }
    return Json.createObjectBuilder().add("calling", c).build();
  }

  private static CallHours callHours(JsonObject h) {
    if (h == null) {
      return null;
    }
    return new CallHours(
        h.getString("status", null),
        h.getString("timezone_id", null),
        list(
            h.getJsonArray("weekly_operating_hours"),
            w ->
                new WeeklyHours(
                    w.getString("day_of_week", null),
                    w.getString("open_time", null),
                    w.getString("close_time", null))),
        list(
            h.getJsonArray("holiday_schedule"),
            d ->
                new Holiday(
                    d.getString("date", null),
                    d.getString("start_time", null),
                    d.getString("end_time", null))));
  }

  private static JsonObjectBuilder callHours(CallHours h) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    put(b, "status", h.status());
    put(b, "timezone_id", h.timezoneId());
    JsonArrayBuilder weekly = Json.createArrayBuilder();
    nullSafe(h.weeklyOperatingHours())
        .forEach(
            w ->
                weekly.add(
                    Json.createObjectBuilder()
                        .add("day_of_week", w.dayOfWeek())
                        .add("open_time", w.openTime())
                        .add("close_time", w.closeTime())));
    JsonArrayBuilder holidays = Json.createArrayBuilder();
    nullSafe(h.holidaySchedule())
        .forEach(
            d ->
                holidays.add(
                    Json.createObjectBuilder()
                        .add("date", d.date())
                        .add("start_time", d.startTime())
                        .add("end_time", d.endTime())));
    // always sent: Meta deletes what a POST omits, so an empty list must stay explicit
    return b.add("weekly_operating_hours", weekly).add("holiday_schedule", holidays);
  }

  private static Sip sip(JsonObject s) {
    if (s == null) {
      return null;
    }
    List<SipServer> servers =
        list(
            s.getJsonArray("servers"),
            v -> {
              Map<String, String> params = new LinkedHashMap<>();
              JsonObject p = v.getJsonObject("request_uri_user_params");
              if (p != null) {
                p.forEach((k, val) -> params.put(k, ((JsonString) val).getString()));
              }
              Integer port = v.containsKey("port") ? v.getInt("port") : null;
              return new SipServer(v.getString("hostname", null), port, params);
            });
    return new Sip(s.getString("status", null), servers);
  }

  private static JsonObjectBuilder sip(Sip s) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    put(b, "status", s.status());
    if (s.servers() != null) {
      JsonArrayBuilder servers = Json.createArrayBuilder();
      for (SipServer server : s.servers()) {
        JsonObjectBuilder v = Json.createObjectBuilder().add("hostname", server.hostname());
        if (server.port() != null) {
          v.add("port", server.port());
        }
        if (server.requestUriUserParams() != null && !server.requestUriUserParams().isEmpty()) {
          JsonObjectBuilder params = Json.createObjectBuilder();
          server.requestUriUserParams().forEach(params::add);
          v.add("request_uri_user_params", params);
        }
        servers.add(v);
      }
      b.add("servers", servers);
    }
    return b;
  }

  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.getValuesAs(JsonString::getString);
  }

  private static <T> List<T> list(JsonArray array, Function<JsonObject, T> reader) {
    return array == null
        ? List.of()
        : array.getValuesAs(JsonObject.class).stream().map(reader).toList();
  }
}
