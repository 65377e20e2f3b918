package dev.callgate.it.console;

import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A console session without a browser: signs in through the login form as a browser posts it, then
 * speaks to the console's own endpoints (the softphone channel) with the session cookie.
 */
public final class ConsoleSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private ConsoleSession() {}

  public static ConsoleSession signIn(String email) {
    ConsoleSession session = new ConsoleSession();
    String page =
        session.send(HttpRequest.newBuilder(TestServer.uri("/console/login.xhtml")).GET());
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new AssertionError("no view state on the login page");
    }
    Map<String, String> form =
        Map.of(
            "login",
            "login",
            "login:email",
            email,
            "login:password",
            TestServer.DEMO_PASSWORD,
            "login:signIn",
            "",
            "jakarta.faces.ViewState",
            state.group(1));
    String encoded =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    session.send(
        HttpRequest.newBuilder(TestServer.uri("/console/login.xhtml"))
            .header("Origin", origin())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    return session;
  }

  /** A request of the signed-in agent; the body publisher decides chunked or not. */
  public Reply send(String method, String path, HttpRequest.BodyPublisher body) {
    HttpRequest request =
        HttpRequest.newBuilder(TestServer.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Origin", origin())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, body)
            .build();
    return Http.send(client, request);
  }

  private String send(HttpRequest.Builder request) {
    return Http.send(client, request.build()).body();
  }

  /** The console's own origin, which its same-origin check asks of every change. */
  private static String origin() {
    java.net.URI base = TestServer.uri("/");
    return base.getScheme() + "://" + base.getAuthority();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
