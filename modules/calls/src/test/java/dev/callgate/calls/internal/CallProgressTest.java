package dev.callgate.calls.internal;

import static dev.callgate.calls.internal.CallProgress.ACCEPTED;
import static dev.callgate.calls.internal.CallProgress.COMPLETED;
import static dev.callgate.calls.internal.CallProgress.CONNECTING;
import static dev.callgate.calls.internal.CallProgress.FAILED;
import static dev.callgate.calls.internal.CallProgress.RINGING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallProgressTest {

  @Test
  void C4_aConnectAfterTheTerminateLeavesTheCallTerminated() {
    assertThat(CallProgress.next(CallProgress.next(null, COMPLETED), CONNECTING))
        .isEqualTo(COMPLETED);
  }

  @Test
  void C4_aTerminalStateIsNeverOverwritten() {
    assertThat(CallProgress.next(COMPLETED, FAILED)).isEqualTo(COMPLETED);
    assertThat(CallProgress.next(FAILED, ACCEPTED)).isEqualTo(FAILED);
  }

  @Test
  void C4_aLateRingingDoesNotUndoAnAcceptance() {
    assertThat(CallProgress.next(ACCEPTED, RINGING)).isEqualTo(ACCEPTED);
    assertThat(CallProgress.next(CONNECTING, RINGING)).isEqualTo(RINGING);
    assertThat(CallProgress.next(RINGING, COMPLETED)).isEqualTo(COMPLETED);
  }

  @Test
  void retriesBackOffExponentiallyUpToTheCap() {
    RetryPolicy policy = new RetryPolicy(5, 1000, 2, 5000);
    assertThat(policy.delayMillis(1)).isEqualTo(1000);
    assertThat(policy.delayMillis(2)).isEqualTo(2000);
    assertThat(policy.delayMillis(3)).isEqualTo(4000);
    assertThat(policy.delayMillis(4)).isEqualTo(5000);
  }
}
