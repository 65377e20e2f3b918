package dev.callgate.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.CallingSettings.Holiday;
import dev.callgate.accounts.CallingSettings.WeeklyHours;
import dev.callgate.routing.MissReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** S2: call hours in the number's own time zone, across daylight saving, and holidays. */
class OpeningHoursTest {

  private static CallingSettings hours(String zone, List<WeeklyHours> week, List<Holiday> off) {
    return new CallingSettings(
        "ENABLED", "DEFAULT", "ENABLED", "ENABLED", zone, week, off, "https://wa.me/call/1");
  }

  private static List<WeeklyHours> weekdays(String open, String close) {
    return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
        .map(d -> new WeeklyHours(d, open, close))
        .toList();
  }

  private static Optional<MissReason> at(CallingSettings s, String instant) {
    return OpeningHours.closedAt(s, Instant.parse(instant));
  }

  @Test
  void S2_theSameInstantIsOpenInOneZoneAndClosedInAnother() {
    // Monday 2026-11-23 04:00Z is 09:30 in Kolkata and 23:00 on Sunday in New York
    assertThat(
            at(hours("Asia/Kolkata", weekdays("0900", "1800"), List.of()), "2026-11-23T04:00:00Z"))
        .isEmpty();
    assertThat(
            at(
                hours("America/New_York", weekdays("0900", "1800"), List.of()),
                "2026-11-23T04:00:00Z"))
        .contains(MissReason.OUTSIDE_CALL_HOURS);
  }

  @Test
  void S2_hoursFollowTheLocalClockAcrossTheSpringDaylightSavingChange() {
    CallingSettings ny = hours("America/New_York", weekdays("0900", "1700"), List.of());
    // Friday 2026-03-06, EST (UTC-5): 13:30Z is 08:30, closed; 14:00Z is 09:00, open
    assertThat(at(ny, "2026-03-06T13:30:00Z")).contains(MissReason.OUTSIDE_CALL_HOURS);
    assertThat(at(ny, "2026-03-06T14:00:00Z")).isEmpty();
    // Monday 2026-03-09, EDT (UTC-4): 13:30Z is 09:30, open; a fixed -5 offset would say closed
    assertThat(at(ny, "2026-03-09T13:30:00Z")).isEmpty();
    assertThat(at(ny, "2026-03-09T21:00:00Z"))
        .as("17:00 EDT closes")
        .contains(MissReason.OUTSIDE_CALL_HOURS);
  }

  @Test
  void S2_hoursFollowTheLocalClockAcrossTheAutumnChangeInEurope() {
    CallingSettings berlin = hours("Europe/Berlin", weekdays("0800", "1600"), List.of());
    // Friday 2026-10-23, CEST (UTC+2): 06:30Z is 08:30, open
    assertThat(at(berlin, "2026-10-23T06:30:00Z")).isEmpty();
    // Monday 2026-10-26, CET (UTC+1): 06:30Z is 07:30, closed; 07:00Z is 08:00, open
    assertThat(at(berlin, "2026-10-26T06:30:00Z")).contains(MissReason.OUTSIDE_CALL_HOURS);
    assertThat(at(berlin, "2026-10-26T07:00:00Z")).isEmpty();
  }

  @Test
  void S2_aDayWithoutRangesIsClosedAndTwoRangesLeaveTheGapClosed() {
    CallingSettings split =
        hours(
            "UTC",
            List.of(
                new WeeklyHours("MONDAY", "0900", "1200"),
                new WeeklyHours("MONDAY", "1400", "1800")),
            List.of());
    assertThat(at(split, "2026-11-23T11:59:00Z")).isEmpty();
    assertThat(at(split, "2026-11-23T12:00:00Z")).contains(MissReason.OUTSIDE_CALL_HOURS);
    assertThat(at(split, "2026-11-23T14:00:00Z")).isEmpty();
    assertThat(at(split, "2026-11-24T10:00:00Z"))
        .as("Tuesday has no range")
        .contains(MissReason.OUTSIDE_CALL_HOURS);
  }

  @Test
  void S2_aHolidayInsideOpeningHoursIsTemporarilyUnavailable() {
    CallingSettings kolkata =
        hours(
            "Asia/Kolkata",
            weekdays("0900", "1800"),
            List.of(new Holiday("2026-12-25", "0000", "2359")));
    // Friday 2026-12-25 10:00 IST
    assertThat(at(kolkata, "2026-12-25T04:30:00Z")).contains(MissReason.TEMPORARILY_UNAVAILABLE);
    assertThat(at(kolkata, "2026-12-25T18:29:59Z"))
        .as("23:59:59 local is still the holiday")
        .contains(MissReason.TEMPORARILY_UNAVAILABLE);
    // the date is the number's local date: 2026-12-24T19:00Z is already the 25th in Kolkata
    assertThat(at(kolkata, "2026-12-24T19:00:00Z")).contains(MissReason.TEMPORARILY_UNAVAILABLE);
    assertThat(at(kolkata, "2026-12-24T04:30:00Z")).isEmpty();
  }

  @Test
  void S2_hoursSwitchedOffMeanAlwaysOpen() {
    CallingSettings off =
        new CallingSettings(
            "ENABLED", "DEFAULT", "ENABLED", "DISABLED", "UTC", List.of(), List.of(), null);
    assertThat(at(off, "2026-11-22T03:00:00Z")).isEmpty();
  }
}
