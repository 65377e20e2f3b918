package dev.callgate.accounts;

import java.util.List;

/**
 * The calling settings of one number (rule S1), as the integrator API names them.
 *
 * @param voiceCalls "ENABLED" or "DISABLED"
 * @param callButtons "DEFAULT" or "DISABLE_ALL"
 * @param callbackRequests "ENABLED" or "DISABLED"
 * @param deepLink the https://wa.me/call/&lt;number&gt; link customers tap
 */
public record CallingSettings(
    String voiceCalls,
    String callButtons,
    String callbackRequests,
    String callHoursStatus,
    String timezoneId,
    List<WeeklyHours> weeklyOperatingHours,
    List<Holiday> holidaySchedule,
    String deepLink) {

  /** One open range on a day of the week, times as HHMM in the number's time zone. */
  public record WeeklyHours(String dayOfWeek, String openTime, String closeTime) {}

  /** A dated unavailable range (S2 "temporarily unavailable"). */
  public record Holiday(String date, String startTime, String endTime) {}
}
