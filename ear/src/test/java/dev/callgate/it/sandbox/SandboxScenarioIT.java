package dev.callgate.it.sandbox;

import static dev.callgate.it.sandbox.Sandbox.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole loop with no part faked but Meta: a WhatsApp user of the sandbox grants a permission
 * request, the sandbox delivers Meta's signed reply webhook, and Callgate's receiver verifies,
 * stores and processes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SandboxScenarioIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http callgate = Http.withKey(TestServer.SUNRISE_KEY);

  @Test
  void P3_aGrantFromTheUserArrivesAsASignedWebhookThatCallgateStoresAndProcesses() {
    String user = Sandbox.freshUser();
    Sandbox.control.put(
        "/sandbox/v1/users/" + user,
        "{\"name\":\"Scenario\",\"onPermissionRequest\":\"GRANT_TEMPORARY\",\"onCall\":\"ANSWER\"}");
    String requestId =
        Sandbox.requestPermission(user)
            .json()
            .getJsonArray("messages")
            .getJsonObject(0)
            .getString("id");

    List<JsonObject> replies =
        await(() -> Sandbox.webhooksMentioning(requestId), found -> delivered(found), PATIENCE);
    assertThat(replies).as("the sandbox delivered the reply to Callgate").anyMatch(this::delivered);
    JsonObject reply = replies.stream().filter(this::delivered).findFirst().orElseThrow();
    // Callgate took it, so it carried the app secret's signature; the listing never shows one
    assertThat(reply).doesNotContainKey("signature");

    String replyId = replyMessageId(Sandbox.bodyOf(reply));
    JsonObject stored =
        await(
            () -> event("msg:" + replyId),
            e -> e != null && "PROCESSED".equals(e.getString("status")),
            PATIENCE);
    assertThat(stored).as("Callgate stored the reply as msg:%s", replyId).isNotNull();
    assertThat(stored.getString("status")).isEqualTo("PROCESSED");
    assertThat(stored.getString("kind")).containsIgnoringCase("permission");
    assertThat(stored.getString("payload")).contains(requestId).contains("accept");
  }

  private boolean delivered(List<JsonObject> deliveries) {
    return deliveries.stream().anyMatch(this::delivered);
  }

  private boolean delivered(JsonObject delivery) {
    return delivery.containsKey("httpStatus") && delivery.getInt("httpStatus") == 200;
  }

  private static String replyMessageId(JsonObject envelope) {
    return envelope
        .getJsonArray("entry")
        .getJsonObject(0)
        .getJsonArray("changes")
        .getJsonObject(0)
        .getJsonObject("value")
        .getJsonArray("messages")
        .getJsonObject(0)
        .getString("id");
  }

  private JsonObject event(String dedupeKey) {
    JsonArray found =
        callgate
            .get(
                "/api/v1/webhook-events?dedupeKey="
                    + URLEncoder.encode(dedupeKey, StandardCharsets.UTF_8))
            .array();
    return found.isEmpty() ? null : found.getJsonObject(0);
  }
}
