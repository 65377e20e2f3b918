package dev.callgate.it.permissions;

import static dev.callgate.it.permissions.Pairs.NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.Race;
import dev.callgate.it.SandboxIntake;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule P4 where it matters, at the Cloud API: a request Callgate lets through is one Meta takes.
 * Requests race from two integrators at once, and the sandbox counts what reached it; a request
 * Meta refuses or never gets counts toward nothing afterwards, and the request list says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestRaceIT {

  private static final int REQUESTS = 50;
  private static final String CPR = "call_permission_request";
  private static final Duration DAY = Duration.ofHours(24);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @AfterEach
  void disarm() {
    SandboxIntake.clear();
  }

  @Test
  void P4_fiftyParallelRequestsFromTwoClientsSendExactlyOneToTheCloudApi() throws Exception {
    Pairs pair = Pairs.customer("IGNORE");
    pair.opensTheServiceWindow();
    List<Http> clients =
        List.of(
            Http.separateWithKey(TestServer.SUNRISE_KEY),
            Http.separateWithKey(TestServer.SUNRISE_KEY));

    List<Reply> replies = race(pair, clients);

    assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(replies)
        .filteredOn(r -> r.status() != 201)
        .hasSize(REQUESTS - 1)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.body()).isEqualTo(429);
              assertThat(r.error().getInt("code")).isEqualTo(138011);
              assertThat(r.error().getString("rule")).isEqualTo("P4");
              assertThat(r.error().isNull("retryAfter")).isFalse();
            });
    List<JsonObject> atMeta = SandboxIntake.received(NUMBER_ID, pair.waId, CPR);
    assertThat(atMeta).as("what reached the Cloud API").hasSize(1);
    assertThat(atMeta.get(0).getInt("httpStatus")).isEqualTo(200);
    assertThat(requests(pair))
        .singleElement()
        .satisfies(r -> assertThat(r.getString("status")).isEqualTo("SENT"));
    // a refusal names when the next request is allowed: 24 hours after Meta took the one that
    // went, or, while Meta had not answered yet, 24 hours after it was reserved, a moment earlier
    Instant next = Instant.parse(requests(pair).get(0).getString("sentAt")).plus(DAY);
    assertThat(replies)
        .filteredOn(r -> r.status() == 429)
        .extracting(r -> Instant.parse(r.error().getString("retryAfter")))
        .allSatisfy(at -> assertThat(at).isBetween(next.minusSeconds(10), next));
    Reply after = pair.requestInteractive();
    assertThat(Instant.parse(after.error().getString("retryAfter"))).isEqualTo(next);
  }

  @Test
  void P4_aRequestTheCloudApiRefusedStopsCountingAndTheListSaysWhy() {
    Pairs pair = Pairs.customer("IGNORE");
    pair.opensTheServiceWindow();
    SandboxIntake.fail(NUMBER_ID, pair.waId, CPR, 400, 131026);

    Reply refused = pair.requestInteractive();
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.error().getInt("upstreamCode")).isEqualTo(131026);

    JsonObject failed = requests(pair).get(0);
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getString("failure")).contains("131026");
    assertThat(pair.permission().getJsonObject("requestLimits").getBoolean("canRequest")).isTrue();
    assertThat(pair.permission().getString("status")).isEqualTo("NONE");

    Reply next = pair.requestInteractive();
    assertThat(next.status()).as(next.body()).isEqualTo(201);
    assertThat(SandboxIntake.received(NUMBER_ID, pair.waId, CPR))
        .extracting(r -> r.getInt("httpStatus"))
        .containsExactly(400, 200);
    assertThat(requests(pair))
        .extracting(r -> r.getString("status"))
        .containsExactly("SENT", "FAILED");
  }

  @Test
  void P4_aRequestLostOnTheWayStopsCountingAndTheListSaysWhy() {
    Pairs pair = Pairs.customer("IGNORE");
    pair.opensTheServiceWindow();
    SandboxIntake.fail(NUMBER_ID, pair.waId, CPR, 503, 131000);

    Reply lost = pair.requestInteractive();
    assertThat(lost.status()).as(lost.body()).isEqualTo(503);
    assertThat(lost.error().getString("code")).isEqualTo("upstream_unavailable");

    JsonObject failed = requests(pair).get(0);
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getString("failure")).contains("upstream_unavailable", "503");
    assertThat(pair.requestInteractive().status()).isEqualTo(201);
  }

  @Test
  void P4_P12_aRequestCountsWhileBeingSentAndAReplyThatOutrunsItsAnswerStillApplies() {
    Pairs pair = Pairs.customer("GRANT_TEMPORARY");
    pair.opensTheServiceWindow();
    // Meta takes the request at once and replies 300 ms later, but answers Callgate only after 3 s
    SandboxIntake.slow(NUMBER_ID, pair.waId, CPR, "SLOW_ANSWER", 3000);
    ExecutorService agent = Executors.newSingleThreadExecutor();
    try {
      Future<Reply> first = agent.submit(pair::requestInteractive);
      Pairs.await(() -> requests(pair), list -> !list.isEmpty());
      assertThat(requests(pair).get(0).getString("status")).isEqualTo("SENDING");

      Reply second = pair.requestInteractive();
      assertThat(second.status()).as(second.body()).isEqualTo(429);
      assertThat(first.get().status()).as(first.get().body()).isEqualTo(201);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      agent.shutdownNow();
    }
    JsonObject granted = pair.awaitStatus("TEMPORARY");
    assertThat(granted.getString("source")).isEqualTo("user_action");
    assertThat(pair.replies()).extracting(r -> r.getString("outcome")).contains("APPLIED");
    assertThat(SandboxIntake.received(NUMBER_ID, pair.waId, CPR)).hasSize(1);
  }

  private static List<Reply> race(Pairs pair, List<Http> clients) throws Exception {
    String body =
        "{\"waId\":\"" + pair.waId + "\",\"kind\":\"INTERACTIVE\",\"bodyText\":\"May we call?\"}";
    String path = "/api/v1/numbers/" + NUMBER_ID + "/permission-requests";
    List<Callable<Reply>> requests = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      Http client = clients.get(i % clients.size());
      requests.add(() -> client.post(path, body));
    }
    return Race.all(requests);
  }

  private static List<JsonObject> requests(Pairs pair) {
    return Pairs.api
        .get("/api/v1/numbers/" + NUMBER_ID + "/permissions/" + pair.waId + "/requests")
        .array()
        .getValuesAs(JsonObject.class);
  }
}
