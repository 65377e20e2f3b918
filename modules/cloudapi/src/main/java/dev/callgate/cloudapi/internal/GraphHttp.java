package dev.callgate.cloudapi.internal;

import dev.callgate.cloudapi.CloudApiAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON over HTTP to the Graph API of one account. Answers outside 2xx and transport failures leave
 * as the exceptions of {@link CloudApiErrors}, so the client above only sees success.
 */
final class GraphHttp {

  private final HttpClient client;
  private final Duration requestTimeout;

  GraphHttp(Duration connectTimeout, Duration requestTimeout) {
    // HTTP/1.1: no h2c upgrade dance with proxies or the sandbox; Graph needs nothing newer
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = requestTimeout;
  }

  JsonObject post(CloudApiAccount account, String path, JsonObject body) {
    HttpRequest.Builder request =
        request(account, path, Map.of())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    return send(request.build());
  }

  JsonObject get(CloudApiAccount account, String path, Map<String, String> query) {
    return send(request(account, path, query).GET().build());
  }

  private HttpRequest.Builder request(
      CloudApiAccount account, String path, Map<String, String> query) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(account, path, query))
            .timeout(requestTimeout)
            .header("Accept", "application/json");
    if (account.accessToken() != null && !account.accessToken().isBlank()) {
      builder.header("Authorization", "Bearer " + account.accessToken());
    }
    return builder;
  }

  static URI uri(CloudApiAccount account, String path, Map<String, String> query) {
    String base = account.baseUrl().replaceAll("/+$", "");
    String version = account.graphVersion() == null ? "" : "/" + account.graphVersion();
    String queryString =
        query.isEmpty()
            ? ""
            : query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    return URI.create(base + version + "/" + path + queryString);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private JsonObject send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CloudApiErrors.fromIo(e);
    } catch (InterruptedException e) {
      // Fault Tolerance's @Timeout interrupts the waiting thread; keep the flag for it
      Thread.currentThread().interrupt();
      throw CloudApiErrors.fromIo(e);
    }
    if (response.statusCode() / 100 != 2) {
      throw CloudApiErrors.fromResponse(response.statusCode(), response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    } catch (RuntimeException unreadable) {
      throw CloudApiErrors.fromIo(unreadable);
    }
  }
}
