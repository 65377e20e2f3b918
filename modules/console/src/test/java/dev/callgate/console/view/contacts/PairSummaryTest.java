package dev.callgate.console.view.contacts;

import static dev.callgate.console.view.contacts.PairFixtures.LIMITS;
import static dev.callgate.console.view.contacts.PairFixtures.NOW;
import static dev.callgate.console.view.contacts.PairFixtures.free;
import static dev.callgate.console.view.contacts.PairFixtures.pair;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.RequestLimits;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PairSummaryTest {

  @Test
  void P4_usageIsShownAgainstTheConfiguredLimitsWithTheInstantTheyAllowTheNextRequest() {
    Instant next = Instant.parse("2025-03-11T09:30:00Z");
    PairSummary summary =
        PairSummary.of(
            pair(PermissionState.PENDING, new RequestLimits(false, 1, 1, next, "P4"), null),
            LIMITS,
            NOW);

    assertThat(summary.usage()).isEqualTo("1 of 1 per 24 hours, 1 of 2 per 7 days");
    assertThat(summary.nextRequest()).isEqualTo("Possible again at 2025-03-11 09:30 UTC (P4)");
    assertThat(summary.window()).isEqualTo("Closed");
    assertThat(summary.warning()).isNull();
  }

  @Test
  void P8_twoUnansweredCallsInARowWarnThatTheCustomerWasAskedToReconsider() {
    PairSummary summary =
        PairSummary.of(pair(PermissionState.TEMPORARY, free(), null, 2, true), LIMITS, NOW);

    assertThat(summary.warning())
        .isEqualTo(
            "2 unanswered calls in a row: the customer was asked to reconsider;"
                + " 4 revoke the permission (P8).");
    assertThat(summary.calls()).isEqualTo("Allowed");
  }

  @Test
  void P8_oneUnansweredCallWarnsWhatComesNext() {
    PairSummary summary =
        PairSummary.of(pair(PermissionState.TEMPORARY, free(), null, 1, false), LIMITS, NOW);

    assertThat(summary.warning())
        .isEqualTo(
            "1 unanswered call in a row: at 2 the customer is asked to reconsider;"
                + " 4 revoke the permission (P8).");
  }

  @Test
  void P1_withoutAPermissionCallsAreNotAllowed() {
    PairSummary summary = PairSummary.of(pair(PermissionState.NONE, free(), null), LIMITS, NOW);

    assertThat(summary.calls()).contains("(P1)");
    assertThat(summary.nextRequest()).isEqualTo("Within the limits now");
  }
}
