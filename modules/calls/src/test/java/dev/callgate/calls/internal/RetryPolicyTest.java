package dev.callgate.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void retriesBackOffExponentiallyUpToTheCap() {
    RetryPolicy policy = new RetryPolicy(5, 1000, 2, 5000);
    assertThat(policy.delayMillis(1)).isEqualTo(1000);
    assertThat(policy.delayMillis(2)).isEqualTo(2000);
    assertThat(policy.delayMillis(3)).isEqualTo(4000);
    assertThat(policy.delayMillis(4)).isEqualTo(5000);
  }
}
