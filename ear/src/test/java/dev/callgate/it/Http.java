package dev.callgate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A small HTTP client for black-box tests, speaking JSON like an integrator would. */
public final class Http {

  private static final HttpClient CLIENT = newClient();

  /**
   * Oversized bodies go over HTTP/1.1, as curl and most integrators' clients send them on http://:
   * over an upgraded HTTP/2 connection the server ends the whole connection past its own 10 MiB
   * limit (see the README's known issues), which would stall the shared client's other requests.
   */
  private static final HttpClient HTTP_1 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String apiKey;
  private final HttpClient client;
  private final Map<String, String> headers;

  private Http(String apiKey, HttpClient client, Map<String, String> headers) {
    this.apiKey = apiKey;
    this.client = client;
    this.headers = headers;
  }

  /** A client presenting the given API key; null presents none. */
  public static Http withKey(String apiKey) {
    return new Http(apiKey, CLIENT, Map.of());
  }

  /** The same client, sending one more header on every request. */
  public Http withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new Http(apiKey, client, Map.copyOf(more));
  }

  /**
   * A client of its own (its own connections), as a second integrator or a second server of the
   * same integrator would be: for races that must not share one connection pool.
   */
  public static Http separateWithKey(String apiKey) {
    return new Http(apiKey, newClient(), Map.of());
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

  /**
   * Sends {@code prefix} followed by spaces up to {@code size} bytes (the prefix alone when it is
   * longer) with no {@code Content-Length}: HTTP/1.1 chunked transfer, as a client streaming a body
   * of unknown length sends it.
   */
  public Reply chunked(String method, String path, String contentType, String prefix, long size) {
    byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", contentType)
            .method(
                method, HttpRequest.BodyPublishers.ofInputStream(() -> new Filler(start, size)));
    return send(HTTP_1, builder.build());
  }

  /** Like {@link #chunked} with a {@code Content-Length} of {@code size} declared up front. */
  public Reply fixedLength(
      String method, String path, String contentType, String prefix, long size) {
    byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", contentType)
            .method(
                method,
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new Filler(start, size)),
                    Math.max(size, start.length)));
    return send(HTTP_1, builder.build());
  }

  /** The prefix, then spaces up to the size; never held in memory whole. */
  private static final class Filler extends InputStream {
    private final byte[] prefix;
    private final long size;
    private long served;

    Filler(byte[] prefix, long size) {
      this.prefix = prefix;
      this.size = Math.max(size, prefix.length);
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      int b = served < prefix.length ? prefix[(int) served] : ' ';
      served++;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - served);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) read();
      }
      return n;
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(TestServer.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (apiKey != null) {
      builder.header("Authorization", "Bearer " + apiKey);
    }
    headers.forEach(builder::header);
    return builder;
  }

  private static HttpRequest.BodyPublisher body(String body) {
    return body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body);
  }

  private Reply send(HttpRequest.Builder builder) {
    return send(client, builder.build());
  }

  /** One request on a client of the caller's own (a session's cookies, another HTTP version). */
  public static Reply send(HttpClient client, HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
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
