package dev.callgate.accounts.internal;

import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.CallingSettings.Holiday;
import dev.callgate.accounts.CallingSettings.WeeklyHours;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.SaneTime;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule S1 and the Cloud API's own constraints on calling settings: known values, HHMM times, at
 * most two non-overlapping ranges a day that open before they close, at most 20 dated holidays, and
 * call hours that cannot change while the call buttons are off. Every problem is reported.
 */
final class CallingSettingsRules {

  static final int MAX_RANGES_PER_DAY = 2;
  static final int MAX_HOLIDAYS = 20;

  private static final Set<String> ON_OFF = Set.of("ENABLED", "DISABLED");
  private static final Set<String> BUTTONS = Set.of("DEFAULT", "DISABLE_ALL");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern HHMM = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d");

  private CallingSettingsRules() {}

  static List<FieldProblem> check(CallingSettings next, CallingSettings current) {
    List<FieldProblem> problems = new ArrayList<>();
    oneOf(next.voiceCalls(), ON_OFF, "voiceCalls", problems);
    oneOf(next.callButtons(), BUTTONS, "callButtons", problems);
    oneOf(next.callbackRequests(), ON_OFF, "callbackRequests", problems);
    oneOf(next.callHoursStatus(), ON_OFF, "callHours.status", problems);
    zone(next.timezoneId(), problems);
    weekly(next.weeklyOperatingHours(), problems);
    holidays(next.holidaySchedule(), problems);
    if ("DISABLE_ALL".equals(next.callButtons()) && !sameHours(next, current)) {
      problems.add(
          new FieldProblem(
              "callHours", "is locked while call buttons are off; turn them on to change it"));
    }
    return problems;
  }

  private static void oneOf(String value, Set<String> allowed, String field, List<FieldProblem> p) {
    if (value == null || !allowed.contains(value)) {
      p.add(new FieldProblem(field, "must be one of " + allowed.stream().sorted().toList()));
    }
  }

  private static void zone(String timezoneId, List<FieldProblem> problems) {
    try {
      ZoneId.of(timezoneId == null ? "" : timezoneId);
    } catch (DateTimeException e) {
      problems.add(new FieldProblem("callHours.timezoneId", "is not a time zone id"));
    }
  }

  private static void weekly(List<WeeklyHours> ranges, List<FieldProblem> problems) {
    List<WeeklyHours> valid = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      WeeklyHours r = ranges.get(i);
      String field = "callHours.weeklyOperatingHours[" + i + "]";
      if (r == null) {
        problems.add(new FieldProblem(field, "must not be null"));
      } else if (!isDay(r.dayOfWeek())) {
        problems.add(new FieldProblem(field + ".dayOfWeek", "must be a day such as MONDAY"));
      } else if (!isTime(r.openTime()) || !isTime(r.closeTime())) {
        problems.add(new FieldProblem(field, "times must be HHMM, 0000 to 2359"));
      } else if (r.openTime().compareTo(r.closeTime()) >= 0) {
        problems.add(new FieldProblem(field, "must open before it closes"));
      } else {
        valid.add(r);
      }
    }
    Map<String, List<WeeklyHours>> byDay =
        valid.stream().collect(Collectors.groupingBy(WeeklyHours::dayOfWeek));
    byDay.forEach(
        (day, list) -> {
          if (list.size() > MAX_RANGES_PER_DAY) {
            problems.add(
                new FieldProblem(
                    "callHours.weeklyOperatingHours",
                    day + " has " + list.size() + " ranges; at most " + MAX_RANGES_PER_DAY));
          }
          List<WeeklyHours> sorted =
              list.stream().sorted(Comparator.comparing(WeeklyHours::openTime)).toList();
          for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).openTime().compareTo(sorted.get(i - 1).closeTime()) < 0) {
              problems.add(
                  new FieldProblem(
                      "callHours.weeklyOperatingHours", day + " has overlapping ranges"));
            }
          }
        });
  }

  private static void holidays(List<Holiday> holidays, List<FieldProblem> problems) {
    if (holidays.size() > MAX_HOLIDAYS) {
      problems.add(
          new FieldProblem(
              "callHours.holidaySchedule", "has more than " + MAX_HOLIDAYS + " dates"));
    }
    for (int i = 0; i < holidays.size(); i++) {
      Holiday h = holidays.get(i);
      String field = "callHours.holidaySchedule[" + i + "]";
      if (h == null) {
        problems.add(new FieldProblem(field, "must not be null"));
        continue;
      }
      date(h.date()).ifPresent(problem -> problems.add(new FieldProblem(field + ".date", problem)));
      if (!isTime(h.startTime()) || !isTime(h.endTime())) {
        problems.add(new FieldProblem(field, "times must be HHMM, 0000 to 2359"));
      } else if (h.startTime().compareTo(h.endTime()) >= 0) {
        problems.add(new FieldProblem(field, "must start before it ends"));
      }
    }
  }

  /** Meta's YYYY-MM-DD: four digits of year, a real day, in the range Callgate accepts. */
  private static Optional<String> date(String text) {
    if (text == null || !DATE.matcher(text).matches()) {
      return Optional.of("must be YYYY-MM-DD");
    }
    try {
      return SaneTime.problem(LocalDate.parse(text));
    } catch (DateTimeException e) {
      return Optional.of("is not a day of the calendar");
    }
  }

  private static boolean sameHours(CallingSettings a, CallingSettings b) {
    return Objects.equals(a.callHoursStatus(), b.callHoursStatus())
        && Objects.equals(a.timezoneId(), b.timezoneId())
        && Objects.equals(a.weeklyOperatingHours(), b.weeklyOperatingHours())
        && Objects.equals(a.holidaySchedule(), b.holidaySchedule());
  }

  private static boolean isDay(String day) {
    try {
      DayOfWeek.valueOf(day == null ? "" : day);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isTime(String hhmm) {
    return hhmm != null && HHMM.matcher(hhmm).matches();
  }
}
