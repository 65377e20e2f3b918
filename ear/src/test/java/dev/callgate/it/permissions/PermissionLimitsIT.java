package dev.callgate.it.permissions;

import static dev.callgate.it.permissions.Pairs.GRAPH;
import static dev.callgate.it.permissions.Pairs.NUMBER_ID;
import static dev.callgate.it.permissions.Pairs.graph;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits on requests and what resets them (P4, P5, P8, T3), through the sandbox: Callgate must
 * refuse before Meta has to, and hold its limits when requests race.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionLimitsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void T3_aFreeFormRequestNeedsTheCustomerServiceWindow() {
    Pairs pair = Pairs.customer("IGNORE");

    Reply closed = pair.requestInteractive();
    assertThat(closed.status()).as(closed.body()).isEqualTo(400);
    assertThat(closed.error().getString("code")).isEqualTo("validation_failed");
    assertThat(closed.error().getString("rule")).isEqualTo("T3");
    assertThat(closed.error().getJsonArray("fields").getJsonObject(0).getString("field"))
        .isEqualTo("kind");
    assertThat(pair.atMeta()).isNull();

    pair.opensTheServiceWindow();
    assertThat(pair.requestInteractive().status()).isEqualTo(201);
  }

  @Test
  void P4_aSecondRequestWithin24hIsRefusedUntilTheFirstIs24hOld() {
    Pairs pair = Pairs.customer("IGNORE");
    pair.opensTheServiceWindow();
    Instant sentAt = Instant.parse(pair.requestInteractive().json().getString("sentAt"));

    Reply second = pair.requestInteractive();
    assertThat(second.status()).as(second.body()).isEqualTo(429);
    JsonObject error = second.error();
    assertThat(error.getInt("code")).isEqualTo(138011);
    assertThat(error.getString("rule")).isEqualTo("P4");
    assertThat(Instant.parse(error.getString("retryAfter")))
        .isEqualTo(sentAt.plus(Duration.ofHours(24)));
    JsonObject limits = pair.permission().getJsonObject("requestLimits");
    assertThat(limits.getBoolean("canRequest")).isFalse();
    assertThat(limits.getInt("usedLast24h")).isEqualTo(1);
    assertThat(pair.atMeta().getInt("requestsLast24h")).isEqualTo(1);
  }

  @Test
  void P4_twoAgentsPressingRequestTogetherSendExactlyOne() throws Exception {
    Pairs pair = Pairs.customer("IGNORE");
    pair.opensTheServiceWindow();
    int agents = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(agents);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < agents; i++) {
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return pair.requestInteractive().status();
                }));
      }
      start.countDown();
      List<Integer> seen = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        seen.add(status.get());
      }
      assertThat(seen).containsOnly(201, 429).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(pair.atMeta().getInt("requestsLast24h")).isEqualTo(1);
    assertThat(pair.history()).hasSize(1);
  }

  @Test
  void P5_aConnectedCallResetsTheRequestLimits() throws IOException {
    Pairs pair = Pairs.customer("GRANT_TEMPORARY");
    pair.behave(
        "{\"onPermissionRequest\":\"GRANT_TEMPORARY\",\"onCall\":\"ANSWER\","
            + "\"answerAfterSeconds\":0,\"talkSeconds\":1}");
    pair.opensTheServiceWindow();
    assertThat(pair.requestInteractive().status()).isEqualTo(201);
    pair.awaitStatus("TEMPORARY");
    assertThat(pair.requestInteractive().status()).isEqualTo(429);

    Reply call = connect(pair.waId);
    assertThat(call.status()).as(call.body()).isEqualTo(200);
    pair.await(p -> p.getJsonObject("requestLimits").getBoolean("canRequest"));

    assertThat(pair.requestInteractive().status()).isEqualTo(201);
  }

  @Test
  void P8_fourUnansweredBusinessCallsRevokeThePermission() throws IOException {
    Pairs pair = Pairs.customer("IGNORE");
    pair.behave("{\"onPermissionRequest\":\"IGNORE\",\"onCall\":\"NO_ANSWER\"}");
    Reply granted =
        Pairs.control.post(
            "/sandbox/v1/users/" + pair.waId + "/grant",
            "{\"numberId\":\"" + NUMBER_ID + "\",\"permanent\":false}");
    assertThat(granted.status()).isEqualTo(200);
    pair.awaitStatus("TEMPORARY");

    for (int call = 1; call <= 3; call++) {
      unansweredCall(pair);
      int count = call;
      JsonObject state = pair.await(p -> p.getInt("consecutiveUnanswered") == count);
      assertThat(state.getBoolean("promptedToReconsider")).isEqualTo(count >= 2);
      assertThat(state.getString("status")).isEqualTo("TEMPORARY");
    }
    unansweredCall(pair);
    JsonObject revoked = pair.awaitStatus("REVOKED");
    assertThat(revoked.getString("source")).isEqualTo("unanswered_calls");
    assertThat(revoked.getJsonObject("callLimits").getString("blockingRule")).isEqualTo("P1");
  }

  @Test
  void P10_reconciliationAdoptsWhatTheCloudApiSays() {
    Pairs pair = Pairs.customer("IGNORE");
    // Callgate hears of a grant that Meta never made (the sandbox knows nothing of it)
    Replies.deliver(pair.waId, null, true, Pairs.sandboxNow());
    pair.awaitStatus("TEMPORARY");

    Reply reconciled =
        Pairs.api.post(
            "/api/v1/numbers/" + NUMBER_ID + "/permissions/" + pair.waId + "/reconcile", "{}");
    assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
    assertThat(reconciled.json().getString("status")).isEqualTo("REVOKED");
    assertThat(reconciled.json().getString("source")).isEqualTo("reconciliation");
  }

  @Test
  void T2_aTemplateRequestNeedsAnApprovedTemplateAndWorksOutsideTheWindow() {
    Pairs pair = Pairs.customer("GRANT_TEMPORARY");
    String name = "cpr_" + pair.waId;
    String path = "/api/v1/numbers/" + NUMBER_ID + "/permission-requests";
    String request =
        "{\"waId\":\""
            + pair.waId
            + "\",\"kind\":\"TEMPLATE\",\"templateName\":\""
            + name
            + "\",\"templateLanguage\":\"en\",\"parameters\":[\"Lakshmi\"]}";

    Reply unknown = Pairs.api.post(path, request);
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.error().getString("rule")).isEqualTo("T2");

    Reply created =
        Pairs.api.post(
            "/api/v1/templates",
            "{\"name\":\""
                + name
                + "\",\"language\":\"en\",\"category\":\"UTILITY\","
                + "\"bodyText\":\"Hi {{1}}, may we call you about your repair?\","
                + "\"examples\":[\"Ana\"],\"allowCategoryChange\":false}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    Pairs.await(
        () -> Pairs.api.get("/api/v1/templates/" + id).json().getString("status"),
        "APPROVED"::equals);

    Reply sent = Pairs.api.post(path, request);
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    assertThat(sent.json().getString("kind")).isEqualTo("TEMPLATE");
    assertThat(sent.json().getString("templateName")).isEqualTo(name);
    pair.awaitStatus("TEMPORARY");
  }

  @Test
  void badRequestsAreRefusedWithEveryProblemAndSendNothing() {
    Pairs pair = Pairs.customer("IGNORE");
    pair.opensTheServiceWindow();
    String path = "/api/v1/numbers/" + NUMBER_ID + "/permission-requests";

    Reply markup =
        Pairs.api.post(
            path,
            "{\"waId\":\""
                + pair.waId
                + "\",\"kind\":\"INTERACTIVE\","
                + "\"bodyText\":\"<script>alert(1)</script>\",\"templateName\":\"x\"}");
    assertThat(markup.status()).as(markup.body()).isEqualTo(400);
    assertThat(markup.error().getJsonArray("fields").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("field"))
        .containsExactlyInAnyOrder("bodyText", "templateName");

    Reply unknownKind =
        Pairs.api.post(path, "{\"waId\":\"" + pair.waId + "\",\"kind\":\"SMOKE_SIGNAL\"}");
    assertThat(unknownKind.status()).as(unknownKind.body()).isEqualTo(400);
    assertThat(unknownKind.error().getString("code")).isEqualTo("validation_failed");

    Reply badNumber =
        Pairs.api.post(path, "{\"waId\":\"12\",\"kind\":\"INTERACTIVE\",\"bodyText\":\"Hi\"}");
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.error().getJsonArray("fields").getJsonObject(0).getString("field"))
        .isEqualTo("waId");

    assertThat(Pairs.api.post(path, "{\"waId\":").status()).isEqualTo(400);
    assertThat(pair.atMeta()).isNull();
    assertThat(pair.history()).isEmpty();
  }

  private static void unansweredCall(Pairs pair) throws IOException {
    Reply call = connect(pair.waId);
    assertThat(call.status()).as(call.body()).isEqualTo(200);
    // the user never picks up; past 30 seconds the sandbox ends the call as unanswered
    Pairs.advance(Duration.ofSeconds(31));
  }

  private static Reply connect(String waId) throws IOException {
    String offer = Files.readString(Path.of("../../shared/fixtures/sdp-offer-chrome-like.sdp"));
    return graph.post(
        GRAPH + NUMBER_ID + "/calls",
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add("to", waId)
            .add("action", "connect")
            .add("session", Json.createObjectBuilder().add("sdp_type", "offer").add("sdp", offer))
            .build()
            .toString());
  }
}
