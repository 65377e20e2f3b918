package dev.callgate.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WhatsApp user of the sandbox whom no other test touches, as the browser tests of permissions
 * need one: told how to answer requests, made a contact, writing to Sunrise's Indian number. The
 * permission tests over HTTP drive customers the same way ({@code it.permissions.Pairs}).
 */
final class SandboxCustomer {

  static final String NUMBER_ID = "106540352242922";
  static final String NUMBER_DIGITS = "+919876543210";

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Http API = Http.withKey(TestServer.SUNRISE_KEY);
  private static final Http CONTROL = Http.withKey(null);

  final String waId;

  private SandboxCustomer(String waId) {
    this.waId = waId;
  }

  /** {@code onPermissionRequest}: GRANT_TEMPORARY, GRANT_PERMANENT, REJECT or IGNORE. */
  static SandboxCustomer answering(String onPermissionRequest) {
    SandboxCustomer customer =
        new SandboxCustomer(
            "4478" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
    Reply reply =
        CONTROL.put(
            "/sandbox/v1/users/" + customer.waId,
            "{\"name\":\"Customer\",\"onPermissionRequest\":\"" + onPermissionRequest + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return customer;
  }

  SandboxCustomer asContact(String name) {
    Reply reply = API.put("/api/v1/contacts/" + waId, "{\"name\":\"" + name + "\"}");
    assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    return this;
  }

  /**
   * The customer writes to the business, which opens the customer service window (T3); returns once
   * Callgate has seen the message.
   */
  SandboxCustomer writes() {
    Reply reply =
        CONTROL.post(
            "/sandbox/v1/users/" + waId + "/messages",
            "{\"numberId\":\"" + NUMBER_ID + "\",\"text\":\"Please call me\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!windowOpen() && System.nanoTime() < deadline) {
      pause();
    }
    assertThat(windowOpen()).as("Callgate saw the message of %s", waId).isTrue();
    return this;
  }

  JsonObject permission() {
    Reply reply = API.get("/api/v1/numbers/" + NUMBER_ID + "/permissions/" + waId);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private boolean windowOpen() {
    JsonObject pair = permission();
    return pair.containsKey("serviceWindowEndsAt") && !pair.isNull("serviceWindowEndsAt");
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
