package dev.callgate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for black-box tests, speaking JSON like an integrator would. */
public final class Http {

  private static final HttpClient CLIENT = newClient();

  private final String apiKey;
  private final HttpClient client;

  private Http(String apiKey, HttpClient client) {
    this.apiKey = apiKey;
    this.client = client;
  }

  /** A client presenting the given API key; null presents none. */
  public static Http withKey(String apiKey) {
    return new Http(apiKey, CLIENT);
  }

  /**
   * A client of its own (its own connections), as a second integrator or a second server of the
   * same integrator would be: for races that must not share one connection pool.
   */
  public static Http separateWithKey(String apiKey) {
    return new Http(apiKey, newClient());
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
  }

  public Reply post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  public Reply send(String method, String path, String contentType, String body) {
    HttpRequest.Builder builder = request(path).method(method, body(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder);
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any request with headers of the caller's choosing (Origin, Referer, Cookie...). */
  public Reply exchange(String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder builder = request(path).method(method, body(body));
    headers.forEach(builder::header);
    return send(builder);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(TestServer.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (apiKey != null) {
      builder.header("Authorization", "Bearer " + apiKey);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(String body) {
    return body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body);
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body parsed on demand. */
  public record Reply(int status, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    /** The {@code error} object of the contract's error shape. */
    public JsonObject error() {
      return json().getJsonObject("error");
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public URI uri() {
      return raw.uri();
    }
  }
}
