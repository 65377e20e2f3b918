package dev.callgate.it.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers webhooks the way the Cloud API does: raw bytes, signed with the app secret. Used by the
 * black-box tests and, added to the test WAR, by the in-server ones.
 */
public final class WebhookSender {

  /** The app secret the test server is configured with (ear/pom.xml). */
  public static final String APP_SECRET = "sandbox-app-secret";

  /** A Sunrise Electronics number and WABA of the demo data, so that its API key sees events. */
  public static final String SUNRISE_NUMBER = "106540352242922";

  public static final String SUNRISE_WABA = "102290129340398";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI endpoint;

  public WebhookSender(URI base) {
    this.endpoint = base.resolve("/api/webhooks/whatsapp");
  }

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(byte[] body) {
    return post(body, sign(APP_SECRET, body));
  }

  public HttpResponse<String> post(String body) {
    return post(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Posts with the given signature header value; null sends none. */
  public HttpResponse<String> post(byte[] body, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return send(request.build());
  }

  public HttpResponse<String> get(String query) {
    return send(HttpRequest.newBuilder(URI.create(endpoint + "?" + query)).GET().build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A sample from ../shared/fixtures/meta-webhooks (the fixtures.dir property names it). */
  public static String fixture(String name) {
    try {
      Path dir = Path.of(System.getProperty("fixtures.dir", "../../shared/fixtures"));
      return Files.readString(dir.resolve("meta-webhooks").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample packed into the test WAR under fixtures/ (in-server tests). */
  public static String packedFixture(String name) {
    try (InputStream in =
        WebhookSender.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No packed fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample re-addressed to the Sunrise demo number and WABA. */
  public static String toSunrise(String body) {
    return body.replace("436666719526789", SUNRISE_NUMBER).replace("366634483210360", SUNRISE_WABA);
  }

  /** The Sunrise US desk number, whose settings accept no unknown call icon visibility. */
  public static final String US_DESK = "106540352242933";

  /**
   * A settings update that can never be processed: Meta reports a call icon visibility that
   * Callgate's calling settings cannot represent, so the event fails for a genuine reason.
   *
   * @return the event's dedupe key, after the delivery was accepted
   */
  public String postUnprocessableSettingsUpdate() {
    long timestamp = 1_900_000_000L + System.nanoTime() % 10_000_000;
    String body =
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\""
            + SUNRISE_WABA
            + "\",\"changes\":[{\"field\":\"account_settings_update\",\"value\":{\"timestamp\":\""
            + timestamp
            + "\",\"type\":\"PHONE_NUMBER_SETTINGS\",\"phone_number_settings\":"
            + "{\"phone_number_id\":\""
            + US_DESK
            + "\",\"calling\":{\"call_icon_visibility\":\"SHOW_ON_TUESDAYS\"}}}}]}]}";
    HttpResponse<String> accepted = post(body);
    if (accepted.statusCode() != 200) {
      throw new IllegalStateException("The receiver refused the delivery: " + accepted.body());
    }
    return "settings:" + US_DESK + ":" + timestamp;
  }

  /** Waits for a condition, polling; false when it did not hold within the time. */
  public static boolean eventually(Duration within, BooleanSupplier condition) {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }
}
