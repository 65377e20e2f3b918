package dev.callgate.routing.internal;

import dev.callgate.accounts.CallingSettings;
import dev.callgate.routing.MissReason;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a number takes calls at an instant (S2), read in the number's own time zone so that
 * daylight saving moves the hours with the local clock. With call hours ENABLED, a call is taken
 * inside one of the day's weekly ranges and outside every holiday range of that date; a day with no
 * range is closed. With call hours DISABLED the number is always open, as at Meta.
 *
 * <p>Ranges run from the opening minute up to, not including, the closing minute; a closing time of
 * {@code 2359} runs to the end of the day, as Meta's all-day holiday {@code 0000}-{@code 2359}
 * means.
 */
final class OpeningHours {

  private OpeningHours() {}

  /** Empty when the number takes calls at {@code at}, else why not. */
  static Optional<MissReason> closedAt(CallingSettings settings, Instant at) {
    if (settings == null || !"ENABLED".equals(settings.callHoursStatus())) {
      return Optional.empty();
    }
    ZonedDateTime local = at.atZone(zone(settings.timezoneId()));
    LocalDate date = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    boolean holiday =
        settings.holidaySchedule().stream()
            .anyMatch(
                h ->
                    LocalDate.parse(h.date()).equals(date)
                        && within(time, h.startTime(), h.endTime()));
    if (holiday) {
      return Optional.of(MissReason.TEMPORARILY_UNAVAILABLE);
    }
    DayOfWeek day = local.getDayOfWeek();
    boolean open =
        settings.weeklyOperatingHours().stream()
            .anyMatch(
                r ->
                    DayOfWeek.valueOf(r.dayOfWeek().toUpperCase(Locale.ROOT)) == day
                        && within(time, r.openTime(), r.closeTime()));
    return open ? Optional.empty() : Optional.of(MissReason.OUTSIDE_CALL_HOURS);
  }

  private static boolean within(LocalTime time, String from, String to) {
    LocalTime start = hhmm(from);
    if (time.isBefore(start)) {
      return false;
    }
    return "2359".equals(to) || time.isBefore(hhmm(to));
  }

  private static LocalTime hhmm(String value) {
    return LocalTime.of(
        Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2, 4)));
  }

  private static ZoneId zone(String id) {
    return id == null || id.isBlank() ? ZoneId.of("UTC") : ZoneId.of(id);
  }
}
