package dev.callgate.it.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Await;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * A customer of one business number, ready to be called: a sandbox user who behaves as told, with a
 * permission granted from the business profile, and a chat assigned to an agent.
 */
final class Customer {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final Http control = Http.withKey(null);

  final Http api;
  final String numberId;
  final String waId;

  private Customer(Http api, String numberId, String waId) {
    this.api = api;
    this.numberId = numberId;
    this.waId = waId;
  }

  /** A fresh UK customer (market United Kingdom) who behaves as {@code profile} says. */
  static Customer fresh(Http api, String numberId, String profile) {
    return freshWith(
        api,
        numberId,
        "4478" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)),
        profile);
  }

  static Customer freshWith(Http api, String numberId, String waId, String profile) {
    Customer c = new Customer(api, numberId, waId);
    Reply put = control.put("/sandbox/v1/users/" + c.waId, profile);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    return c;
  }

  void behave(String profile) {
    Reply put = control.put("/sandbox/v1/users/" + waId, profile);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  Customer granted() {
    Reply grant =
        control.post(
            "/sandbox/v1/users/" + waId + "/grant",
            "{\"numberId\":\"" + numberId + "\",\"permanent\":false}");
    assertThat(grant.status()).as(grant.body()).isEqualTo(200);
    awaitPermission(p -> p.getString("status").equals("TEMPORARY"));
    return this;
  }

  Customer assignedTo(long agentId) {
    Reply put =
        api.put(
            "/api/v1/contacts/" + waId,
            "{\"name\":\"Customer " + waId + "\",\"assigneeAgentId\":" + agentId + "}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    return this;
  }

  JsonObject awaitPermission(Predicate<JsonObject> condition) {
    return await(
        () -> api.get("/api/v1/numbers/" + numberId + "/permissions/" + waId).json(), condition);
  }

  Reply preflight(long agentId) {
    return api.post(
        "/api/v1/numbers/" + numberId + "/calls/preflight",
        "{\"waId\":\"" + waId + "\",\"agentId\":" + agentId + "}");
  }

  Reply start(long agentId) {
    return start(agentId, offer());
  }

  Reply start(long agentId, String sdp) {
    return api.post(
        "/api/v1/numbers/" + numberId + "/calls",
        jakarta.json.Json.createObjectBuilder()
            .add("waId", waId)
            .add("agentId", agentId)
            .add("sdpOffer", sdp)
            .build()
            .toString());
  }

  JsonObject call(long id) {
    return api.get("/api/v1/calls/" + id).json();
  }

  JsonObject awaitCall(long id, Predicate<JsonObject> condition) {
    return await(() -> call(id), condition);
  }

  /**
   * Whether a call got at least as far as {@code status}: a customer who answers at once may be
   * ACCEPTED before anyone sees RINGING.
   */
  static boolean reached(JsonObject call, String status) {
    List<String> order = List.of("INITIATED", "RINGING", "ACCEPTED", "COMPLETED");
    int at = order.indexOf(call.getString("status"));
    return at >= order.indexOf(status);
  }

  /** What the sandbox (Meta) knows of the pair, or null before anything happened. */
  JsonObject atMeta() {
    return control
        .get("/sandbox/v1/users/" + waId)
        .json()
        .getJsonObject("numbers")
        .getJsonObject(numberId);
  }

  static String offer() {
    try {
      return Files.readString(Path.of("../../shared/fixtures/sdp-offer-chrome-like.sdp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long agent(Http api, String email) {
    return api.get("/api/v1/agents").array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("email").equals(email))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static void advance(Duration by) {
    Reply reply = control.post("/sandbox/v1/clock/advance", "{\"seconds\":" + by.toSeconds() + "}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  static <T> T await(java.util.function.Supplier<T> probe, Predicate<T> done) {
    return Await.until(probe, done, WAIT);
  }
}
