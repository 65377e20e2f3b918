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

  /** The US desk number of the demo business; its settings take no unknown icon visibility. */
  private static final String US_DESK = "106540352242933";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);

  @Test
  void aDeadEventIsListedInTheConsoleAndReplayedFromThere() {
    String key = postUnprocessableSettingsUpdate();
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
    }

    JsonObject replayed = event(key);
    assertThat(replayed.getString("status")).isNotEqualTo("DEAD");
    assertThat(replayed.getInt("attempts")).isLessThan(5);
  }

  /** A settings update whose call icon visibility Callgate's settings cannot represent. */
  private static String postUnprocessableSettingsUpdate() {
    long timestamp = 1_950_000_000L + System.nanoTime() % 1_000_000;
    String body =
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\""
            + WebhookSender.SUNRISE_WABA
            + "\",\"changes\":[{\"field\":\"account_settings_update\",\"value\":{\"timestamp\":\""
            + timestamp
            + "\",\"type\":\"PHONE_NUMBER_SETTINGS\",\"phone_number_settings\":"
            + "{\"phone_number_id\":\""
            + US_DESK
            + "\",\"calling\":{\"call_icon_visibility\":\"SHOW_ON_TUESDAYS\"}}}}]}]}";
    assertThat(new WebhookSender(TestServer.base()).post(body).statusCode()).isEqualTo(200);
    return "settings:" + US_DESK + ":" + timestamp;
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
