package dev.callgate.it.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Await;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * One customer of Sunrise's Indian number, as the tests drive it: the simulated user's behaviour in
 * the sandbox, and Callgate's API for the pair.
 */
final class Pairs {

  static final String NUMBER_ID = "106540352242922";
  static final String GRAPH = "/sandbox/graph/v23.0/";
  static final Duration WAIT = Duration.ofSeconds(20);

  static final Http api = Http.withKey(TestServer.SUNRISE_KEY);
  static final Http control = Http.withKey(null);
  static final Http graph = Http.withKey("sandbox-access-token");

  final String waId;

  private Pairs(String waId) {
    this.waId = waId;
  }

  /** A customer no other test touches, who reacts to requests as told. */
  static Pairs customer(String onPermissionRequest) {
    Pairs pair = new Pairs("4478" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
    pair.behave("{\"name\":\"Customer\",\"onPermissionRequest\":\"" + onPermissionRequest + "\"}");
    return pair;
  }

  void behave(String profile) {
    Reply reply = control.put("/sandbox/v1/users/" + waId, profile);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /** The customer writes to the business, which opens the customer service window (T3). */
  void writes() {
    Reply reply =
        control.post(
            "/sandbox/v1/users/" + waId + "/messages",
            "{\"numberId\":\"" + NUMBER_ID + "\",\"text\":\"Please call me\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /** Writes, then waits until Callgate has seen the message. */
  void opensTheServiceWindow() {
    writes();
    await(p -> p.containsKey("serviceWindowEndsAt") && !p.isNull("serviceWindowEndsAt"));
  }

  Reply requestInteractive() {
    return api.post(
        "/api/v1/numbers/" + NUMBER_ID + "/permission-requests",
        "{\"waId\":\""
            + waId
            + "\",\"kind\":\"INTERACTIVE\","
            + "\"bodyText\":\"May we call you about your order?\"}");
  }

  JsonObject permission() {
    Reply reply = api.get("/api/v1/numbers/" + NUMBER_ID + "/permissions/" + waId);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  List<JsonObject> history() {
    return api.get("/api/v1/numbers/" + NUMBER_ID + "/permissions/" + waId + "/history")
        .array()
        .getValuesAs(JsonObject.class);
  }

  List<JsonObject> replies() {
    return api.get("/api/v1/numbers/" + NUMBER_ID + "/permissions/" + waId + "/replies")
        .array()
        .getValuesAs(JsonObject.class);
  }

  /** Polls anything until it satisfies the condition; fails after {@link #WAIT}. */
  static <T> T await(java.util.function.Supplier<T> probe, Predicate<T> condition) {
    return Await.until(probe, condition, WAIT);
  }

  /** Polls Callgate's view of the pair until the condition holds; fails after {@link #WAIT}. */
  JsonObject await(Predicate<JsonObject> condition) {
    return Await.until(this::permission, condition, WAIT);
  }

  JsonObject awaitStatus(String status) {
    return await(p -> p.getString("status").equals(status));
  }

  /** What the sandbox (Meta) knows about the pair. */
  JsonObject atMeta() {
    return control
        .get("/sandbox/v1/users/" + waId)
        .json()
        .getJsonObject("numbers")
        .getJsonObject(NUMBER_ID);
  }

  /** The sandbox's (and Callgate's) current instant. */
  static java.time.Instant sandboxNow() {
    return java.time.Instant.parse(control.get("/sandbox/v1/clock").json().getString("now"));
  }

  /** Moves the one clock shared by the sandbox and Callgate. */
  static void advance(Duration by) {
    Reply reply = control.post("/sandbox/v1/clock/advance", "{\"seconds\":" + by.toSeconds() + "}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }
}
