package dev.callgate.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SaneTimeTest {

  @Test
  void datesFrom1970To9999Pass() {
    assertThat(SaneTime.problem(LocalDate.of(1970, 1, 1))).isEmpty();
    assertThat(SaneTime.problem(LocalDate.of(2026, 12, 25))).isEmpty();
    assertThat(SaneTime.problem(LocalDate.of(9999, 12, 31))).isEmpty();
  }

  @Test
  void farYearsAreRefused() {
    assertThat(SaneTime.problem(LocalDate.parse("+999999999-12-25"))).isPresent();
    assertThat(SaneTime.problem(LocalDate.of(10000, 1, 1))).isPresent();
    assertThat(SaneTime.problem(LocalDate.of(1969, 12, 31))).isPresent();
  }

  @Test
  void instantsFollowTheSameRange() {
    assertThat(SaneTime.problem(Instant.parse("2026-11-23T09:00:00Z"))).isEmpty();
    assertThat(SaneTime.problem(Instant.parse("9999-12-31T23:59:59Z"))).isEmpty();
    assertThat(SaneTime.problem(Instant.parse("+10000-01-01T00:00:00Z"))).isPresent();
    assertThat(SaneTime.problem(Instant.MIN)).isPresent();
  }
}
