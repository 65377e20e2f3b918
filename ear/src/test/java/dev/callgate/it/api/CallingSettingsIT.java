package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading a number's calling settings (S1) as the contract shapes them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallingSettingsIT {

  private static final String INDIA = "106540352242922";
  private static final String BRAZIL = "207650352242911";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void S1_aNumberShowsItsCallHoursInItsTimeZoneAndItsDeepLink() {
    Reply reply =
        Http.withKey(TestServer.SUNRISE_KEY).get("/api/v1/numbers/" + INDIA + "/calling-settings");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject settings = reply.json();
    assertThat(settings.getString("deepLink")).isEqualTo("https://wa.me/call/919876543210");
    assertThat(settings).containsKeys("voiceCalls", "callButtons", "callbackRequests", "routing");
    JsonObject hours = settings.getJsonObject("callHours");
    assertThat(hours.getString("status")).isEqualTo("ENABLED");
    assertThat(hours.getString("timezoneId")).isEqualTo("Asia/Kolkata");
    assertThat(hours.getJsonArray("weeklyOperatingHours").getValuesAs(JsonObject.class))
        .hasSize(5)
        .allSatisfy(day -> assertThat(day.getString("openTime")).isEqualTo("0900"));
  }

  @Test
  void A2_anotherBusinessesNumberIsNotFound() {
    Reply reply =
        Http.withKey(TestServer.SUNRISE_KEY).get("/api/v1/numbers/" + BRAZIL + "/calling-settings");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error().getString("code")).isEqualTo("not_found");
  }
}
