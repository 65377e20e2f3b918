package dev.callgate.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Await;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Customers calling Sunrise's US number through the sandbox, and its agents answering over the API.
 * The US number takes customers' calls at any hour (no call hours) and has callback requests on; it
 * cannot place business calls (L3), so no business call of another test rings its agents.
 */
final class Inbound {

  static final String US = "106540352242933";
  static final String INDIA = "106540352242922";
  static final Duration WAIT = Duration.ofSeconds(20);
  static final Http api = Http.withKey(TestServer.SUNRISE_KEY);
  static final Http control = Http.withKey(null);
  static final Set<String> SUNRISE = Set.of("priya", "arjun", "meera", "rahul", "kavya");

  private Inbound() {}

  static long agent(String name) {
    return agentJson(name).getJsonNumber("id").longValue();
  }

  static JsonObject agentJson(String name) {
    return api.get("/api/v1/agents").array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("email").equals(name + "@sunrise.example"))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A fresh start: rings of earlier tests end (the accept window passes), wrap-ups are over, and
   * only the named agents are ONLINE, reachable for the presence TTL through the API (R12), with no
   * unanswered offers counted against them (R9).
   */
  static void onlyOnline(String... names) {
    advance(31);
    SUNRISE.forEach(name -> availability(name, "OFFLINE"));
    List.of(names).forEach(name -> availability(name, "ONLINE"));
  }

  static void availability(String name, String availability) {
    Reply put =
        api.put(
            "/api/v1/agents/" + agent(name) + "/availability",
            "{\"availability\":\"" + availability + "\"}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  /** The US number's routing; call hours off, callbacks on. */
  static void routing(String strategy, String... pool) {
    StringBuilder ids = new StringBuilder();
    for (String name : pool) {
      ids.append(ids.isEmpty() ? "" : ",").append(agent(name));
    }
    Reply put =
        api.put(
            "/api/v1/numbers/" + US + "/calling-settings",
            settings(
                "\"status\":\"DISABLED\",\"timezoneId\":\"UTC\",\"weeklyOperatingHours\":[],"
                    + "\"holidaySchedule\":[]",
                "{\"strategy\":\"" + strategy + "\",\"pool\":[" + ids + "],\"excluded\":[]}"));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  static String settings(String callHours, String routing) {
    return "{\"voiceCalls\":\"ENABLED\",\"callButtons\":\"DEFAULT\",\"callbackRequests\":\"ENABLED\","
        + "\"callHours\":{"
        + callHours
        + "}"
        + (routing == null ? "" : ",\"routing\":" + routing)
        + "}";
  }

  /** A fresh UK customer who talks {@code talkSeconds} once answered and ignores requests. */
  static String customer(int talkSeconds) {
    String waId = "4478" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    Reply put =
        control.put(
            "/sandbox/v1/users/" + waId,
            "{\"name\":\"Caller "
                + waId
                + "\",\"onPermissionRequest\":\"IGNORE\","
                + "\"talkSeconds\":"
                + talkSeconds
                + "}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    return waId;
  }

  /** The customer calls the number through the sandbox; returns Callgate's call once it exists. */
  static JsonObject calls(String waId, String numberId, String payload) {
    var body = Json.createObjectBuilder().add("numberId", numberId);
    if (payload != null) {
      body.add("payload", payload);
    }
    Reply called = control.post("/sandbox/v1/users/" + waId + "/calls", body.build().toString());
    assertThat(called.status()).as(called.body()).isEqualTo(200);
    String waCallId = called.json().getString("callId");
    return Await.until(
        () ->
            api
                .get("/api/v1/calls?direction=USER_INITIATED&waId=" + waId)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("waCallId").equals(waCallId))
                .findFirst()
                .orElse(null),
        c -> c != null,
        WAIT);
  }

  static long id(JsonObject call) {
    return call.getJsonNumber("id").longValue();
  }

  static JsonObject call(long id) {
    return api.get("/api/v1/calls/" + id).json();
  }

  static JsonObject awaitCall(long id, Predicate<JsonObject> condition) {
    return Await.until(() -> call(id), condition, WAIT);
  }

  static List<JsonObject> offers(long callId) {
    return api.get("/api/v1/calls/" + callId + "/offers").array().getValuesAs(JsonObject.class);
  }

  /** Waits until the call's offers satisfy {@code condition}. */
  static List<JsonObject> awaitOffers(long callId, Predicate<List<JsonObject>> condition) {
    return Await.until(() -> offers(callId), condition, WAIT);
  }

  static boolean ringsFor(List<JsonObject> offers, long agentId) {
    return offers.stream()
        .anyMatch(
            o ->
                o.getJsonNumber("agentId").longValue() == agentId
                    && o.getString("outcome").equals("OPEN"));
  }

  static Reply accept(long callId, long agentId) {
    return accept(callId, agentId, answer());
  }

  static Reply accept(long callId, long agentId, String sdp) {
    return api.post(
        "/api/v1/calls/" + callId + "/accept",
        Json.createObjectBuilder()
            .add("agentId", agentId)
            .add("sdpAnswer", sdp)
            .build()
            .toString());
  }

  static Reply reject(long callId, long agentId) {
    return api.post("/api/v1/calls/" + callId + "/reject", "{\"agentId\":" + agentId + "}");
  }

  /** A browser's answer to the customer's offer: the role chosen, as Meta asks. */
  static String answer() {
    try {
      return Files.readString(Path.of("../../shared/fixtures/sdp-offer-chrome-like.sdp"))
          .replace("a=setup:actpass", "a=setup:active");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void advance(int seconds) {
    Reply reply = control.post("/sandbox/v1/clock/advance", "{\"seconds\":" + seconds + "}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getString("callgateSync")).isEqualTo("ok");
  }

  /** The sandbox's (Meta's) view of the customer and the number. */
  static JsonObject atMeta(String waId, String numberId) {
    return control
        .get("/sandbox/v1/users/" + waId)
        .json()
        .getJsonObject("numbers")
        .getJsonObject(numberId);
  }

  static List<JsonObject> callbackTasks(String query) {
    return api.get("/api/v1/callback-tasks?" + query)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }
}
