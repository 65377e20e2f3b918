package dev.callgate.sandbox.webhooks;

import dev.callgate.sandbox.SandboxConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One signed JSON POST to Callgate, answered with its status or why it failed. */
@ApplicationScoped
public class SignedPost {

  @Inject SandboxConfig config;

  @Inject
  @ConfigProperty(name = "sandbox.webhooks.timeout-seconds")
  int timeoutSeconds;

  @Resource ManagedExecutorService executor;

  private HttpClient client;

  @PostConstruct
  void init() {
    client =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(timeoutSeconds))
            .build();
  }

  /** Posts {@code body} to a path of Callgate, signed with the app secret. */
  public Result postToCallgate(String path, String body) {
    return post(
        config.callgateBaseUrl() + path, body, WebhookSignature.of(body, config.appSecret()));
  }

  public Result post(String url, String body, String signature) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("Content-Type", "application/json")
            .header("User-Agent", "facebookexternalua")
            .header(WebhookSignature.HEADER, signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send(request);
  }

  private Result send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      boolean ok = status / 100 == 2;
      return new Result(status, ok ? null : "HTTP " + status, response.body());
    } catch (IOException e) {
      return new Result(null, e.toString(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(null, "interrupted", null);
    }
  }

  /** A plain GET of a path of Callgate (Meta's subscription handshake is unsigned). */
  public Result getFromCallgate(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(config.callgateBaseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .GET()
            .build();
    return send(request);
  }

  /** The HTTP status (null when none came back), the failure if any, and the body. */
  public record Result(Integer status, String error, String body) {
    public boolean ok() {
      return error == null;
    }
  }
}
