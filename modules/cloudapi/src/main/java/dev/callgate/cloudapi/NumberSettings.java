package dev.callgate.cloudapi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code calling} object of {@code /{PHONE_NUMBER_ID}/settings} ({@code cloud-api.md} §2.3),
 * with Meta's enum values as strings so that a new value Meta adds does not break reading. On a
 * POST, null components are left out; {@code restrictions} is read-only.
 *
 * @param status {@code ENABLED|DISABLED}
 * @param callIconVisibility {@code DEFAULT|DISABLE_ALL}
 * @param restrictToUserCountries ISO country codes of users who see the icon; empty = no limit
 * @param callbackPermissionStatus {@code ENABLED|DISABLED}
 * @param srtpKeyExchangeProtocol {@code DTLS|SDES}
 * @param additionalCodecs beside Opus, e.g. {@code PCMA}
 */
public record NumberSettings(
    String status,
    String callIconVisibility,
    List<String> restrictToUserCountries,
    CallHours callHours,
    String callbackPermissionStatus,
    String srtpKeyExchangeProtocol,
    List<String> additionalCodecs,
    Sip sip,
    List<Restriction> restrictions) {

  /** Opening hours; Meta replaces them wholesale on each POST. */
  public record CallHours(
      String status,
      String timezoneId,
      List<WeeklyHours> weeklyOperatingHours,
      List<Holiday> holidaySchedule) {}

  /** Times are {@code HHMM}. */
  public record WeeklyHours(String dayOfWeek, String openTime, String closeTime) {}

  /** Date {@code YYYY-MM-DD}, times {@code HHMM}. */
  public record Holiday(String date, String startTime, String endTime) {}

  public record Sip(String status, List<SipServer> servers) {}

  public record SipServer(
      String hostname, Integer port, Map<String, String> requestUriUserParams) {}

  /** A calling restriction Meta imposed, e.g. {@code RESTRICTED_BUSINESS_INITIATED_CALLING}. */
  public record Restriction(String type, String reason, Instant expiration) {}
}
