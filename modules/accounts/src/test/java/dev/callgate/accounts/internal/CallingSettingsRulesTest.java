package dev.callgate.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.CallingSettings.Holiday;
import dev.callgate.accounts.CallingSettings.WeeklyHours;
import dev.callgate.kernel.FieldProblem;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule S1 and the Cloud API's constraints on call hours, each problem reported. */
class CallingSettingsRulesTest {

  private static final CallingSettings CURRENT =
      settings(
          "DEFAULT", "Asia/Kolkata", List.of(new WeeklyHours("MONDAY", "0900", "1800")), List.of());

  @Test
  void S1_aValidChangeHasNoProblems() {
    CallingSettings next =
        settings(
            "DEFAULT",
            "America/Sao_Paulo",
            List.of(
                new WeeklyHours("MONDAY", "0800", "1200"),
                new WeeklyHours("MONDAY", "1300", "1800")),
            List.of(new Holiday("2026-12-25", "0000", "2359")));
    assertThat(CallingSettingsRules.check(next, CURRENT)).isEmpty();
  }

  @Test
  void S1_aNullRangeOrHolidayIsNamedNotACrash() {
    CallingSettings next =
        settings(
            "DEFAULT",
            "UTC",
            Arrays.asList(new WeeklyHours("MONDAY", "0900", "1800"), null),
            Arrays.asList((Holiday) null));
    assertThat(CallingSettingsRules.check(next, CURRENT))
        .containsExactly(
            new FieldProblem("callHours.weeklyOperatingHours[1]", "must not be null"),
            new FieldProblem("callHours.holidaySchedule[0]", "must not be null"));
  }

  @Test
  void S1_aHolidayIsADayOfTheCalendarInUse() {
    for (String date : List.of("+999999999-12-25", "10000-01-01", "0001-01-01", "2026-02-30")) {
      CallingSettings next =
          settings("DEFAULT", "UTC", List.of(), List.of(new Holiday(date, "0000", "2359")));
      assertThat(fields(CallingSettingsRules.check(next, CURRENT)))
          .as(date)
          .containsExactly("callHours.holidaySchedule[0].date");
    }
  }

  @Test
  void S1_atMostTwoRangesADay() {
    CallingSettings next =
        settings(
            "DEFAULT",
            "UTC",
            List.of(
                new WeeklyHours("TUESDAY", "0800", "0900"),
                new WeeklyHours("TUESDAY", "1000", "1100"),
                new WeeklyHours("TUESDAY", "1200", "1300")),
            List.of());
    assertThat(fields(CallingSettingsRules.check(next, CURRENT)))
        .containsExactly("callHours.weeklyOperatingHours");
  }

  @Test
  void S1_rangesOpenBeforeTheyCloseAndDoNotOverlap() {
    CallingSettings next =
        settings(
            "DEFAULT",
            "UTC",
            List.of(
                new WeeklyHours("FRIDAY", "1800", "0900"),
                new WeeklyHours("SATURDAY", "0900", "1300"),
                new WeeklyHours("SATURDAY", "1200", "1500")),
            List.of());
    List<FieldProblem> problems = CallingSettingsRules.check(next, CURRENT);
    assertThat(problems)
        .extracting(FieldProblem::problem)
        .anyMatch(p -> p.contains("open before it closes"))
        .anyMatch(p -> p.contains("overlapping"));
  }

  @Test
  void S1_everyProblemIsReportedAtOnce() {
    CallingSettings next =
        new CallingSettings(
            "MAYBE",
            "HIDDEN",
            "ENABLED",
            "ENABLED",
            "Mars/Olympus",
            List.of(
                new WeeklyHours("FUNDAY", "0900", "1000"), new WeeklyHours("MONDAY", "9am", "5pm")),
            List.of(new Holiday("25/12/2026", "0000", "2359")),
            null);
    assertThat(fields(CallingSettingsRules.check(next, CURRENT)))
        .contains(
            "voiceCalls",
            "callButtons",
            "callHours.timezoneId",
            "callHours.weeklyOperatingHours[0].dayOfWeek",
            "callHours.weeklyOperatingHours[1]",
            "callHours.holidaySchedule[0].date");
  }

  @Test
  void S1_atMostTwentyHolidays() {
    List<Holiday> many = Collections.nCopies(21, new Holiday("2026-12-25", "0000", "2359"));
    assertThat(
            fields(
                CallingSettingsRules.check(settings("DEFAULT", "UTC", List.of(), many), CURRENT)))
        .contains("callHours.holidaySchedule");
  }

  @Test
  void S1_callButtonsOffLockTheCallHours() {
    CallingSettings changedHours =
        settings(
            "DISABLE_ALL",
            "Asia/Kolkata",
            List.of(new WeeklyHours("MONDAY", "1000", "1800")),
            List.of());
    assertThat(fields(CallingSettingsRules.check(changedHours, CURRENT)))
        .containsExactly("callHours");

    CallingSettings sameHours =
        settings("DISABLE_ALL", "Asia/Kolkata", CURRENT.weeklyOperatingHours(), List.of());
    assertThat(CallingSettingsRules.check(sameHours, CURRENT)).isEmpty();
  }

  private static CallingSettings settings(
      String buttons, String zone, List<WeeklyHours> weekly, List<Holiday> holidays) {
    return new CallingSettings(
        "ENABLED", buttons, "ENABLED", "ENABLED", zone, weekly, holidays, null);
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }
}
