package dev.callgate.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.sandbox.control.ControlPolicy.Refusal;
import dev.callgate.sandbox.control.ControlPolicy.Request;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox is a demo's stand-in for Meta, never a remote control of Callgate's state. */
class ControlPolicyTest {

  private static final String OWN = "http://127.0.0.1:8080";
  private static final String JSON = "application/json";
  private static final ControlPolicy NO_TOKEN = new ControlPolicy(Optional.empty());
  private static final ControlPolicy WITH_TOKEN = new ControlPolicy(Optional.of("s3cret-token"));

  @Test
  void callersOnThisMachineMayDriveIt() {
    assertThat(NO_TOKEN.check(post("127.0.0.1", null, JSON, null))).isEmpty();
    assertThat(NO_TOKEN.check(post("::1", null, JSON, null))).isEmpty();
    assertThat(NO_TOKEN.check(post("0:0:0:0:0:0:0:1", null, JSON, null))).isEmpty();
    assertThat(NO_TOKEN.check(get("127.0.0.5", null))).isEmpty();
  }

  @Test
  void anotherMachineIsRefusedEvenToReadWithoutAToken() {
    assertThat(NO_TOKEN.check(get("192.0.2.10", null))).map(Refusal::status).contains(403);
    assertThat(NO_TOKEN.check(post("10.1.2.3", null, JSON, null)))
        .map(Refusal::status)
        .contains(403);
    // with no token configured, no token presented can open it
    assertThat(NO_TOKEN.check(get("192.0.2.10", "Bearer "))).isPresent();
  }

  @Test
  void anotherMachineWithTheConfiguredTokenMayDriveIt() {
    assertThat(WITH_TOKEN.check(post("192.0.2.10", "Bearer s3cret-token", JSON, null))).isEmpty();
    assertThat(WITH_TOKEN.check(get("192.0.2.10", "bearer s3cret-token"))).isEmpty();
    assertThat(WITH_TOKEN.check(get("192.0.2.10", "Bearer wrong")))
        .map(Refusal::status)
        .contains(403);
    assertThat(WITH_TOKEN.check(get("192.0.2.10", "s3cret-token"))).isPresent();
    assertThat(WITH_TOKEN.check(get("192.0.2.10", null))).isPresent();
  }

  @Test
  void aHostNameIsNeverTakenForTheLoopback() {
    assertThat(ControlPolicy.loopback("localhost")).isFalse();
    assertThat(ControlPolicy.loopback("")).isFalse();
    assertThat(ControlPolicy.loopback(null)).isFalse();
    assertThat(ControlPolicy.loopback("127.0.0.1")).isTrue();
  }

  @Test
  void aChangeMustBeJsonSoNoCrossSiteFormCanSendIt() {
    for (String type :
        new String[] {
          null, "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"
        }) {
      Optional<Refusal> refusal = NO_TOKEN.check(post("127.0.0.1", null, type, null));
      assertThat(refusal).as(type).map(Refusal::status).contains(415);
      assertThat(refusal).map(Refusal::code).contains("unsupported_media_type");
    }
    assertThat(NO_TOKEN.check(post("127.0.0.1", null, "application/json; charset=UTF-8", null)))
        .isEmpty();
  }

  @Test
  void aChangeFromAnotherSitesPageIsRefused() {
    assertThat(NO_TOKEN.check(post("127.0.0.1", null, JSON, "https://evil.example")))
        .map(Refusal::status)
        .contains(403);
    assertThat(NO_TOKEN.check(post("127.0.0.1", null, JSON, "null"))).isPresent();
    assertThat(NO_TOKEN.check(post("127.0.0.1", null, JSON, "http://127.0.0.1:8081"))).isPresent();
    assertThat(NO_TOKEN.check(post("127.0.0.1", null, JSON, OWN))).isEmpty();
  }

  private static Request get(String from, String authorization) {
    return new Request("GET", from, authorization, null, null, OWN);
  }

  private static Request post(String from, String authorization, String type, String origin) {
    return new Request("POST", from, authorization, type, origin, OWN);
  }
}
