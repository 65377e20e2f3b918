package dev.callgate.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The few requests the benchmark sends, over one shared client. */
final class Api {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  // HTTP/1.1 pinned: over plain http the JDK client would otherwise try an h2c upgrade on the
  // first requests and leave a mix of multiplexed and pooled connections, so one run would not
  // measure the same thing as the next. One pooled connection per busy worker is what an
  // integrator's client does.
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Settings settings;

  Api(Settings settings) {
    this.settings = settings;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(authorised(path).GET().build());
  }

  HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
    return send(
        authorised(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(
        authorised(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A signed delivery to the webhook receiver, which takes no API key. */
  HttpResponse<String> webhook(byte[] body, String signature)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(settings.base().resolve("/api/webhooks/whatsapp"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("X-Hub-Signature-256", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /**
   * The verification handshake: no key, no database, no queue, only the token compared and the
   * challenge echoed, so it shows what the server and this driver cost on their own.
   */
  HttpResponse<String> handshake() throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(
                settings
                    .base()
                    .resolve(
                        "/api/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1"
                            + "&hub.verify_token="
                            + URLEncoder.encode(settings.verifyToken(), StandardCharsets.UTF_8)))
            .timeout(TIMEOUT)
            .GET()
            .build());
  }

  private HttpRequest.Builder authorised(String path) {
    return HttpRequest.newBuilder(settings.base().resolve("/api/v1" + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + settings.apiKey())
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
