package dev.callgate.it.cloudapi;

import dev.callgate.kernel.PublicUrl;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The simulator's control endpoints ({@code /sandbox/v1}), called from inside the server, where the
 * public URL is derived from the server's own port offset.
 */
final class SandboxControl {

  /** A browser-like audio offer (shared/fixtures/sdp-offer-chrome-like.sdp). */
  static final String SDP_OFFER =
      String.join(
          "\r\n",
          "v=0",
          "o=- 7669997803033704573 2 IN IP4 127.0.0.1",
          "s=-",
          "t=0 0",
          "a=group:BUNDLE 0",
          "a=msid-semantic: WMS",
          "m=audio 3480 UDP/TLS/RTP/SAVPF 111 126",
          "c=IN IP4 157.240.19.130",
          "a=rtcp:9 IN IP4 0.0.0.0",
          "a=candidate:1 1 udp 2122260223 157.240.19.130 3480 typ host generation 0",
          "a=ice-lite",
          "a=ice-ufrag:Bq6m",
          "a=ice-pwd:3bHlVQ0l1kcU2CM6ITn6xT5q",
          "a=fingerprint:sha-256"
              + " 0B:9E:5C:43:57:8D:FB:02:A7:7C:9D:63:A5:1F:4F:3D:7B:84:03:1A:C9:9C:47:86:6B:90:FB:2A:9C:68:8D:73",
          "a=setup:actpass",
          "a=mid:0",
          "a=sendrecv",
          "a=rtcp-mux",
          "a=rtpmap:111 opus/48000/2",
          "a=fmtp:111 minptime=10;useinbandfec=1",
          "a=rtpmap:126 telephone-event/8000",
          "a=ptime:20",
          "");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private SandboxControl() {}

  /** A fresh simulated user (Indian mobile number) so that no test inherits another's limits. */
  static String user(String onPermissionRequest, String onCall) {
    String waId = "9198" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    put(
        "/sandbox/v1/users/" + waId,
        "{\"name\":\"IT user\",\"onPermissionRequest\":\""
            + onPermissionRequest
            + "\",\"onCall\":\""
            + onCall
            + "\",\"answerAfterSeconds\":0,\"talkSeconds\":60}");
    return waId;
  }

  /** The user grants permission from the business profile, without a request. */
  static void grant(String waId, String numberId, boolean permanent) {
    send(
        "POST",
        "/sandbox/v1/users/" + waId + "/grant",
        "{\"numberId\":\"" + numberId + "\",\"permanent\":" + permanent + "}");
  }

  private static void put(String path, String json) {
    send("PUT", path, json);
  }

  private static void send(String method, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(PublicUrl.resolve("auto") + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(
            method + " " + path + " -> " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
