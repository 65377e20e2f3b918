package dev.callgate.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.cloudapi.webhook.WebhookEvent;
import dev.callgate.cloudapi.webhook.WebhookParser;
import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.TestServer;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every shared Cloud API sample, signed and delivered, is accepted and processed. The samples are
 * re-addressed to a Sunrise demo number so that Sunrise's API key can watch their events.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookFixturesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final WebhookSender meta = new WebhookSender(TestServer.base());
  private final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);

  @Test
  void everyFixtureIsAcceptedAndProcessed() throws IOException {
    List<String> names;
    try (Stream<Path> files =
        Files.list(Path.of(System.getProperty("fixtures.dir"), "meta-webhooks"))) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .sorted()
              .toList();
    }
    assertThat(names).hasSizeGreaterThanOrEqualTo(13);
    for (String name : names) {
      String body = WebhookSender.toSunrise(WebhookSender.fixture(name));
      HttpResponse<String> ok = meta.post(body);
      assertThat(ok.statusCode()).as(name + ": " + ok.body()).isEqualTo(200);
      List<WebhookEvent> events = WebhookParser.parse(body.getBytes(StandardCharsets.UTF_8));
      assertThat(events).as(name).hasSize(1);
      String key = events.get(0).dedupeKey();
      boolean processed =
          WebhookSender.eventually(Duration.ofSeconds(20), () -> "PROCESSED".equals(status(key)));
      assertThat(processed).as(name + " (" + key + ") processed, status " + status(key)).isTrue();
    }
  }

  private String status(String dedupeKey) {
    JsonArray listed =
        sunrise
            .get(
                "/api/v1/webhook-events?dedupeKey="
                    + URLEncoder.encode(dedupeKey, StandardCharsets.UTF_8))
            .array();
    return listed.isEmpty() ? null : listed.getJsonObject(0).getString("status");
  }
}
