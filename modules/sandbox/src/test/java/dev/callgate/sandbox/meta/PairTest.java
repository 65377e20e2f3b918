package dev.callgate.sandbox.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Meta's per-pair rules, with time moved by hand. */
class PairTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private final Pair pair = new Pair(Limits.meta());

  private static Instant at(Duration after) {
    return T0.plus(after);
  }

  @Test
  void P4_secondRequestWithin24hIsRefusedByMetaWith138009() {
    pair.sendRequest(T0);
    assertThatThrownBy(() -> pair.sendRequest(at(Duration.ofHours(23))))
        .isInstanceOfSatisfying(
            MetaError.class,
            e -> {
              assertThat(e.code()).isEqualTo(138009);
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.extraData())
                  .containsEntry(
                      "next_request_allowed_time", at(Duration.ofHours(24)).getEpochSecond());
            });
  }

  @Test
  void P4_secondRequestAfter24hIsAllowedButAThirdWithin7dIsNot() {
    pair.sendRequest(T0);
    pair.sendRequest(at(Duration.ofHours(25)));
    assertThatThrownBy(() -> pair.sendRequest(at(Duration.ofDays(3))))
        .isInstanceOfSatisfying(MetaError.class, e -> assertThat(e.code()).isEqualTo(138009));
    assertThat(pair.nextRequestAllowed(at(Duration.ofDays(3)))).contains(at(Duration.ofDays(7)));
    pair.sendRequest(at(Duration.ofDays(7).plusSeconds(1)));
  }

  @Test
  void P5_aConnectedCallResetsTheRequestLimits() {
    pair.sendRequest(T0);
    pair.callConnected(at(Duration.ofHours(1)), true);
    pair.sendRequest(at(Duration.ofHours(2)));
    assertThat(pair.requestsWithin(at(Duration.ofHours(2)), Limits.DAY)).isEqualTo(1);
  }

  @Test
  void P9_aRequestWhilePermanentPermissionIsActiveIsRefusedWith138017() {
    pair.grant(true, T0);
    assertThatThrownBy(() -> pair.sendRequest(at(Duration.ofMinutes(1))))
        .isInstanceOfSatisfying(MetaError.class, e -> assertThat(e.code()).isEqualTo(138017));
  }

  @Test
  void P2_aTemporaryPermissionLastsSevenDays() {
    assertThat(pair.grant(false, T0)).contains(at(Duration.ofDays(7)));
    assertThat(pair.permissionStatus(at(Duration.ofDays(6)))).isEqualTo("temporary");
    assertThat(pair.permissionStatus(at(Duration.ofDays(7)))).isEqualTo("no_permission");
    assertThat(pair.permissionExpiry(at(Duration.ofDays(8)))).isEmpty();
  }

  @Test
  void P1_aBusinessCallWithoutPermissionIsRefusedWith138006() {
    assertThatThrownBy(() -> pair.startBusinessCall(T0, "wacid.a"))
        .isInstanceOfSatisfying(
            MetaError.class,
            e -> {
              assertThat(e.code()).isEqualTo(138006);
              assertThat(e.httpStatus()).isEqualTo(401);
            });
  }

  @Test
  void L4_aSecondCallWhileOneIsOngoingIsRefusedWith138003() {
    pair.grant(false, T0);
    pair.startBusinessCall(T0, "wacid.a");
    assertThatThrownBy(() -> pair.startUserCall("wacid.b"))
        .isInstanceOfSatisfying(MetaError.class, e -> assertThat(e.code()).isEqualTo(138003));
    pair.callEnded("wacid.a");
    pair.startBusinessCall(at(Duration.ofMinutes(1)), "wacid.c");
  }

  @Test
  void L1_connectedBusinessCallsAreLimitedPer24hWith138012SayingWhenTheNextIsAllowed() {
    Pair strict = new Pair(new Limits(Limits.WEEK, 1, 2, 2, 4));
    strict.grant(true, T0);
    for (int i = 0; i < 2; i++) {
      Instant start = at(Duration.ofHours(i));
      strict.startBusinessCall(start, "wacid." + i);
      strict.callConnected(start, true);
      strict.callEnded("wacid." + i);
    }
    assertThatThrownBy(() -> strict.startBusinessCall(at(Duration.ofHours(5)), "wacid.x"))
        .isInstanceOfSatisfying(
            MetaError.class,
            e -> {
              assertThat(e.code()).isEqualTo(138012);
              assertThat(e.details()).contains(at(Duration.ofHours(24)).toString());
            });
    strict.startBusinessCall(at(Duration.ofHours(24).plusSeconds(1)), "wacid.y");
  }

  @Test
  void P8_fourUnansweredBusinessCallsInARowRevokeThePermission() {
    pair.grant(false, T0);
    assertThat(pair.businessCallUnanswered(T0)).isFalse();
    assertThat(pair.businessCallUnanswered(T0)).isFalse();
    assertThat(pair.businessCallUnanswered(T0)).isFalse();
    assertThat(pair.businessCallUnanswered(T0)).isTrue();
    assertThat(pair.permissionStatus(T0)).isEqualTo("no_permission");
  }
}
