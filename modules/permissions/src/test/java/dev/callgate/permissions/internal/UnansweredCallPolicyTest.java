package dev.callgate.permissions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.internal.UnansweredCallPolicy.Outcome;
import org.junit.jupiter.api.Test;

/** Rule P8: prompt after 2 unanswered calls in a row, revoke after 4, reset on an answer. */
class UnansweredCallPolicyTest {

  private final UnansweredCallPolicy policy = new UnansweredCallPolicy(PermissionLimits.defaults());

  @Test
  void P8_theFirstUnansweredCallOnlyCounts() {
    assertThat(policy.after(0, false)).isEqualTo(new Outcome(1, false, false));
  }

  @Test
  void P8_theSecondUnansweredCallPromptsToReconsider() {
    assertThat(policy.after(1, false)).isEqualTo(new Outcome(2, true, false));
  }

  @Test
  void P8_theThirdNeitherPromptsAgainNorRevokes() {
    assertThat(policy.after(2, false)).isEqualTo(new Outcome(3, false, false));
  }

  @Test
  void P8_theFourthUnansweredCallRevokes() {
    assertThat(policy.after(3, false)).isEqualTo(new Outcome(4, false, true));
  }

  @Test
  void P8_anAnsweredCallResetsTheCount() {
    assertThat(policy.after(3, true)).isEqualTo(new Outcome(0, false, false));
    assertThat(policy.after(0, false).consecutive()).isEqualTo(1);
  }

  @Test
  void P8_limitsComeFromConfiguration() {
    PermissionLimits stricter =
        new PermissionLimits(
            PermissionLimits.defaults().temporaryLifetime(),
            1,
            2,
            PermissionLimits.defaults().requestExpiry(),
            1,
            2);
    UnansweredCallPolicy custom = new UnansweredCallPolicy(stricter);
    assertThat(custom.after(0, false).prompt()).isTrue();
    assertThat(custom.after(1, false).revoke()).isTrue();
  }
}
