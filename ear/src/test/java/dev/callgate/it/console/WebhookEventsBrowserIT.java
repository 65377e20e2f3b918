package dev.callgate.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.TestServer;
import dev.callgate.it.webhooks.WebhookSender;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The dead-letter store as an operator meets it: listed in the console and replayed there. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookEventsBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);

  @Test
  void A3_aDeadEventIsListedInTheConsoleReplayedFromThereAndAudited() {
    String key = new WebhookSender(TestServer.base()).postUnprocessableSettingsUpdate();
    assertThat(WebhookSender.eventually(Duration.ofSeconds(60), () -> "DEAD".equals(status(key))))
        .as("the event went dead after its attempts")
        .isTrue();

    try (ConsoleBrowser browser = ConsoleBrowser.start()) {
      browser.signIn("priya@sunrise.example", TestServer.DEMO_PASSWORD);
      browser.waitFor(By.id("agentName"));
      browser.open("/console/webhooks.xhtml");
      By replay = By.cssSelector("button[data-key='" + key + "']");
      browser.waitFor(replay);
      assertThat(browser.driver().getPageSource()).contains("call_icon_visibility");
      browser.screenshot("console-webhooks-dead");

      browser.click(replay);
      browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
      browser.waitUntil(invisibilityOfElementLocated(replay));

      // A3: the replay is in the audit log, with who did it
      browser.open("/console/audit.xhtml");
      browser.waitFor(By.id("auditForm"));
      assertThat(browser.driver().getPageSource())
          .contains("webhook-event.replay")
          .contains(key)
          .contains("agent:priya@sunrise.example");
    }

    JsonObject replayed = event(key);
    assertThat(replayed.getString("status")).isNotEqualTo("DEAD");
    assertThat(replayed.getInt("attempts")).isLessThan(5);
  }

  private String status(String key) {
    JsonObject event = event(key);
    return event == null ? null : event.getString("status");
  }

  private JsonObject event(String key) {
    JsonArray found =
        sunrise
            .get(
                "/api/v1/webhook-events?dedupeKey="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8))
            .array();
    return found.isEmpty() ? null : found.getJsonObject(0);
  }
}
