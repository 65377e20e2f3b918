package dev.callgate.it.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox's control API is no remote control for other sites: a change must be JSON, which no
 * cross-site form can send, and must not come from another site's page. (Callers on other machines
 * are refused unless they present sandbox.control-token; this machine is the test's, so that part
 * is proved by ControlPolicyTest.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SandboxControlGuardIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void aCrossSiteFormPostCannotMoveTheClock() {
    long before = offsetSeconds();

    Reply form =
        send(
            "POST",
            "/sandbox/v1/clock/advance",
            "application/x-www-form-urlencoded",
            null,
            "seconds=691200");
    Reply plain =
        send("POST", "/sandbox/v1/clock/advance", "text/plain", null, "{\"seconds\":691200}");
    Reply untyped = send("POST", "/sandbox/v1/clock/advance", null, null, "{\"seconds\":691200}");

    for (Reply refused : new Reply[] {form, plain, untyped}) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(415);
      assertThat(refused.error().getString("code")).isEqualTo("unsupported_media_type");
    }
    assertThat(offsetSeconds()).isEqualTo(before);
  }

  @Test
  void aScriptOnAnotherSiteCannotChangeAUser() {
    String user = Sandbox.freshUser();
    Reply refused =
        send(
            "PUT",
            "/sandbox/v1/users/" + user,
            "application/json",
            "https://evil.example",
            "{\"name\":\"Mallory\"}");

    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(Sandbox.control.get("/sandbox/v1/users/" + user).json().getString("name"))
        .isNotEqualTo("Mallory");
    Reply own =
        send(
            "PUT",
            "/sandbox/v1/users/" + user,
            "application/json",
            TestServer.base().toString(),
            "{\"name\":\"Olivia\"}");
    assertThat(own.status()).as(own.body()).isEqualTo(200);
  }

  @Test
  void theDeliveryListShowsNoSignatures() {
    String user = Sandbox.freshUser();
    Sandbox.grant(user, false);
    List<JsonObject> delivered =
        Sandbox.await(() -> Sandbox.webhooksMentioning(user), l -> !l.isEmpty(), WAIT);
    assertThat(delivered)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d).containsKey("body").doesNotContainKey("signature"));
  }

  private static long offsetSeconds() {
    return Http.withKey(null)
        .get("/sandbox/v1/clock")
        .json()
        .getJsonNumber("offsetSeconds")
        .longValue();
  }

  private static Reply send(
      String method, String path, String contentType, String origin, String body) {
    Map<String, String> headers = new HashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    if (origin != null) {
      headers.put("Origin", origin);
    }
    return Http.withKey(null).exchange(method, path, headers, body);
  }
}
