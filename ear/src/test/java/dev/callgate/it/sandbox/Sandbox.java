package dev.callgate.it.sandbox;

import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Talking to the sandbox in tests: Graph calls with the access token, control calls, waiting for
 * webhooks.
 */
final class Sandbox {

  static final String NUMBER_ID = "106540352242922";
  static final String GRAPH = "/sandbox/graph/v23.0/";
  static final String ACCESS_TOKEN = "sandbox-access-token";
  static final String APP_SECRET = "sandbox-app-secret";

  static final Http graph = Http.withKey(ACCESS_TOKEN);
  static final Http control = Http.withKey(null);

  private Sandbox() {}

  /** A user nobody else's test touches. */
  static String freshUser() {
    return "4477" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  static String chromeOffer() {
    try {
      return Files.readString(Path.of("../../shared/fixtures/sdp-offer-chrome-like.sdp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reply requestPermission(String waId) {
    return graph.post(
        GRAPH + NUMBER_ID + "/messages",
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add("recipient_type", "individual")
            .add("to", waId)
            .add("type", "interactive")
            .add(
                "interactive",
                Json.createObjectBuilder()
                    .add("type", "call_permission_request")
                    .add(
                        "action", Json.createObjectBuilder().add("name", "call_permission_request"))
                    .add(
                        "body",
                        Json.createObjectBuilder()
                            .add("text", "May we call you about your order?")))
            .build()
            .toString());
  }

  static Reply connect(String waId, String sdp) {
    return graph.post(
        GRAPH + NUMBER_ID + "/calls",
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add("to", waId)
            .add("action", "connect")
            .add("session", Json.createObjectBuilder().add("sdp_type", "offer").add("sdp", sdp))
            .add("biz_opaque_callback_data", "it-" + waId)
            .build()
            .toString());
  }

  static Reply callAction(String callId, String action) {
    return graph.post(
        GRAPH + NUMBER_ID + "/calls",
        "{\"messaging_product\":\"whatsapp\",\"call_id\":\""
            + callId
            + "\",\"action\":\""
            + action
            + "\"}");
  }

  /** The business answers a user call with an SDP answer (the browser-like fixture will do). */
  /**
   * The business's answer to a user's call to {@code numberId}, through the Graph API as Callgate
   * would send it.
   */
  static Reply answerUserCall(String numberId, String callId, String action) {
    return graph.post(
        GRAPH + numberId + "/calls",
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add("call_id", callId)
            .add("action", action)
            .add(
                "session",
                Json.createObjectBuilder()
                    .add("sdp_type", "answer")
                    .add("sdp", chromeOffer().replace("actpass", "active")))
            .build()
            .toString());
  }

  static String permissionStatus(String waId) {
    return graph
        .get(GRAPH + NUMBER_ID + "/call_permissions?user_wa_id=" + waId)
        .json()
        .getJsonObject("permission")
        .getString("status");
  }

  static void grant(String waId, boolean permanent) {
    control.post(
        "/sandbox/v1/users/" + waId + "/grant",
        "{\"numberId\":\"" + NUMBER_ID + "\",\"permanent\":" + permanent + "}");
  }

  /** Meta's X-Hub-Signature-256 of a body, computed here independently of the sandbox. */
  static String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static Reply signedPost(String path, String body, String signature) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(TestServer.uri(path))
                      .header("Content-Type", "application/json")
                      .header("X-Hub-Signature-256", signature)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Recorded deliveries whose body contains {@code text}, oldest first. */
  static List<JsonObject> webhooksMentioning(String text) {
    List<JsonObject> found =
        new java.util.ArrayList<>(
            control
                .get("/sandbox/v1/webhooks?limit=500")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> d.getString("body").contains(text))
                .toList());
    java.util.Collections.reverse(found);
    return found;
  }

  static JsonObject bodyOf(JsonObject delivery) {
    try (var reader = Json.createReader(new StringReader(delivery.getString("body")))) {
      return reader.readObject();
    }
  }

  /** Polls until the condition holds, for asynchronous effects (webhooks, user replies). */
  static <T> T await(java.util.function.Supplier<T> probe, Predicate<T> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T value = probe.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      value = probe.get();
    }
    return value;
  }
}
