package dev.callgate.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An event that cannot be processed is retried with backoff, then left DEAD for an operator, who
 * lists it and replays it. The failure is genuine: Meta reports a call icon visibility that
 * Callgate's calling settings cannot represent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookDeadLetterIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final WebhookSender meta = new WebhookSender(TestServer.base());
  private final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);
  private final Http aurora = Http.withKey(TestServer.AURORA_KEY);

  @Test
  void aFailingEventGoesDeadAfterMaxAttemptsAndIsReplayed() {
    String key = meta.postUnprocessableSettingsUpdate();

    JsonObject dead = awaitDead(key);
    assertThat(dead.getInt("attempts")).isEqualTo(5);
    assertThat(dead.getString("lastError")).contains("call_icon_visibility");
    assertThat(dead.getString("kind")).isEqualTo("ACCOUNT_SETTINGS");

    JsonArray deadOnes = sunrise.get("/api/v1/webhook-events?status=DEAD").array();
    assertThat(deadOnes.getValuesAs(JsonObject.class))
        .anyMatch(e -> e.getString("dedupeKey").equals(key));
    assertThat(
            aurora.get("/api/v1/webhook-events?status=DEAD").array().getValuesAs(JsonObject.class))
        .noneMatch(e -> e.getString("dedupeKey").equals(key));
    long id = dead.getJsonNumber("id").longValue();
    assertThat(aurora.post("/api/v1/webhook-events/" + id + "/replay", "").status()).isEqualTo(404);

    Reply replayed = sunrise.post("/api/v1/webhook-events/" + id + "/replay", "");
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
    assertThat(replayed.json().getString("status")).isEqualTo("RECEIVED");
    assertThat(replayed.json().getInt("attempts")).isZero();

    // the cause is still there: the replayed event runs its attempts again and dies again
    JsonObject deadAgain = awaitDead(key);
    assertThat(deadAgain.getInt("attempts")).isEqualTo(5);
    assertThat(sunrise.post("/api/v1/webhook-events/" + id + "/replay", "").status())
        .isEqualTo(200);
    Reply notDead = sunrise.post("/api/v1/webhook-events/" + id + "/replay", "");
    assertThat(notDead.status()).isEqualTo(409);
  }

  @Test
  void anUnknownStatusFilterIsAValidationFailure() {
    Reply refused = sunrise.get("/api/v1/webhook-events?status=SLEEPING");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error().getString("code")).isEqualTo("validation_failed");
  }

  private JsonObject awaitDead(String key) {
    String query =
        "/api/v1/webhook-events?dedupeKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    // 5 attempts with 1, 2, 4 and 8 s between them: about 15 s
    boolean dead =
        WebhookSender.eventually(
            Duration.ofSeconds(60),
            () -> {
              JsonArray found = sunrise.get(query).array();
              return !found.isEmpty() && "DEAD".equals(found.getJsonObject(0).getString("status"));
            });
    JsonObject event = sunrise.get(query).array().getJsonObject(0);
    assertThat(dead).as(event.toString()).isTrue();
    return event;
  }
}
