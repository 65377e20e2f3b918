package dev.callgate.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import dev.callgate.it.Await;
import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The console is closed to other sites: it cannot be framed, a page on another site cannot change
 * anything through a signed-in agent's browser (not even hang up their live call), and guessing a
 * password is throttled per e-mail, with the failures in the audit log (A3).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleDefencesBrowserIT {

  private static final String OWNER = "priya@sunrise.example";
  private static final String TEAMMATE = "rahul@sunrise.example";
  private static final String SUPERADMIN = "arjun@sunrise.example";
  private static final String EVIL = "https://evil.example";
  private static final String REFUSED = "Unknown e-mail or wrong password";
  private static final String THROTTLED = "Too many failed sign-ins for this e-mail";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  private ConsoleBrowser browser;

  @BeforeEach
  void startBrowser() {
    browser = ConsoleBrowser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void pagesRefuseFramingAndSniffingAndKeepTheirAddressFromOtherSites() {
    for (String path : new String[] {"/console/login.xhtml", "/console/agents.xhtml"}) {
      HttpHeaders page = send("GET", path, null, Map.of()).raw().headers();
      assertThat(page.firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(page.firstValue("Content-Security-Policy"))
          .as(path)
          .contains("frame-ancestors 'none'");
      assertThat(page.firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(page.firstValue("Referrer-Policy")).contains("same-origin");
    }
  }

  @Test
  void C5_aPageOnAnotherSiteCannotHangUpAnAgentsLiveCall() {
    long rahul = SandboxCustomer.agent(TEAMMATE);
    SandboxCustomer customer =
        SandboxCustomer.answering("IGNORE")
            .onCall("\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":3600")
            .asContactOf("Cross-site " + System.nanoTime(), rahul)
            .grants();
    long call = startCall(customer, rahul);
    Await.until(() -> status(call), "ACCEPTED"::equals, WAIT);
    browser.signIn(TEAMMATE, TestServer.DEMO_PASSWORD);
    browser.waitUntil(textToBePresentInElementLocated(By.id("agentName"), "Rahul Verma"));
    String hangUp = "/console/softphone/calls/" + call + "/hangup";

    // what a page on another site can send with the agent's cookie: each is refused
    assertThat(post(hangUp, null, Map.of("Origin", EVIL)).status()).isEqualTo(403);
    assertThat(post(hangUp, "application/json", Map.of("Origin", EVIL)).status()).isEqualTo(403);
    assertThat(post(hangUp, "application/json", Map.of("Referer", EVIL + "/page")).status())
        .isEqualTo(403);
    assertThat(post(hangUp, "application/json", Map.of()).status()).isEqualTo(403);
    Reply notJson = post(hangUp, "text/plain", Map.of("Origin", TestServer.base().toString()));
    assertThat(notJson.status()).isEqualTo(415);
    assertThat(notJson.error().getString("code")).isEqualTo("unsupported_media_type");
    assertThat(status(call)).isEqualTo("ACCEPTED");
    JsonObject atMeta =
        Http.withKey(null)
            .get("/sandbox/v1/users/" + customer.waId)
            .json()
            .getJsonObject("numbers")
            .getJsonObject(SandboxCustomer.NUMBER_ID);
    assertThat(atMeta).as("no terminate reached Meta").containsKey("ongoingCallId");

    // the console's own softphone still hangs up
    Reply own = post(hangUp, "application/json", Map.of("Origin", TestServer.base().toString()));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    Await.until(() -> status(call), "COMPLETED"::equals, WAIT);
  }

  @Test
  void A1_aFormPostedFromAnotherSiteChangesNothing() {
    browser.signIn(OWNER, TestServer.DEMO_PASSWORD);
    browser.waitUntil(textToBePresentInElementLocated(By.id("agentName"), "Priya Sharma"));

    Reply forged =
        post(
            "/console/agents.xhtml",
            "application/x-www-form-urlencoded",
            Map.of("Origin", EVIL),
            "jakarta.faces.ViewState=stateless");

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.error().getString("message")).contains(EVIL);
  }

  @Test
  void A3_signInIsThrottledAfterFiveFailuresAndTheAuditLogSaysSo() {
    for (int i = 0; i < 5; i++) {
      signInRefusedWith(SUPERADMIN, "not-the-password-" + i, REFUSED);
    }
    // the sixth attempt waits, even with the right password
    signInRefusedWith(SUPERADMIN, TestServer.DEMO_PASSWORD, THROTTLED);
    assertThat(browser.waitFor(By.id("login:messages")).getText()).contains("Try again after");
    browser.screenshot("console-sign-in-throttled");

    browser.signIn(OWNER, TestServer.DEMO_PASSWORD);
    browser.waitFor(By.id("menuAudit"));
    browser.click(By.id("menuAudit"));
    String audit = browser.waitFor(By.id("auditForm")).getText();
    assertThat(audit)
        .contains("sign-in:" + SUPERADMIN, "agent.sign-in.locked", "agent.sign-in.failed")
        .contains("127.0.0.1");
    browser.click(By.id("logoutForm:logout"));
    browser.waitFor(By.id("login:email"));

    // once the window has passed on the shared clock, the agent signs in again
    Reply moved = Http.withKey(null).post("/sandbox/v1/clock/advance", "{\"seconds\":901}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    browser.signIn(SUPERADMIN, TestServer.DEMO_PASSWORD);
    browser.waitUntil(textToBePresentInElementLocated(By.id("agentName"), "Arjun Mehta"));
  }

  @Test
  void anUnknownEmailIsThrottledLikeAKnownOneSoNoAccountIsRevealed() {
    String nobody = "nobody-" + System.nanoTime() + "@sunrise.example";
    for (int i = 0; i < 5; i++) {
      signInRefusedWith(nobody, "guess-" + i, REFUSED);
    }
    signInRefusedWith(nobody, "guess-5", THROTTLED);
  }

  private void signInRefusedWith(String email, String password, String message) {
    browser.signIn(email, password);
    browser.waitUntil(textToBePresentInElementLocated(By.id("login:messages"), message));
    assertThat(browser.isPresent(By.id("agentName"))).isFalse();
  }

  private long startCall(SandboxCustomer customer, long agentId) {
    Reply started =
        api.post(
            "/api/v1/numbers/" + SandboxCustomer.NUMBER_ID + "/calls",
            Json.createObjectBuilder()
                .add("waId", customer.waId)
                .add("agentId", agentId)
                .add("sdpOffer", offer())
                .build()
                .toString());
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().getJsonNumber("id").longValue();
  }

  private String status(long call) {
    return api.get("/api/v1/calls/" + call).json().getString("status");
  }

  private Reply post(String path, String contentType, Map<String, String> headers) {
    return post(path, contentType, headers, "{}");
  }

  private Reply post(String path, String contentType, Map<String, String> headers, String body) {
    Map<String, String> all = new HashMap<>(headers);
    if (contentType != null) {
      all.put("Content-Type", contentType);
    }
    return send("POST", path, body, all);
  }

  /** A request carrying this browser's session cookie, as a page on another site would send it. */
  private Reply send(String method, String path, String body, Map<String, String> headers) {
    Map<String, String> all = new HashMap<>(headers);
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    if (session != null) {
      all.put("Cookie", "JSESSIONID=" + session.getValue());
    }
    return Http.withKey(null).exchange(method, path, all, body);
  }

  private static String offer() {
    try {
      return Files.readString(Path.of("../../shared/fixtures/sdp-offer-chrome-like.sdp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
