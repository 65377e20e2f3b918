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

/** A number's calling settings (S1), read and replaced as the contract shapes them. */
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
  void S1_aValidChangeIsStoredAndPushedToTheCloudApi() {
    Http aurora = Http.withKey(TestServer.AURORA_KEY);
    String body =
        "{\"voiceCalls\":\"ENABLED\",\"callButtons\":\"DEFAULT\",\"callbackRequests\":\"ENABLED\","
            + "\"callHours\":{\"status\":\"ENABLED\",\"timezoneId\":\"America/Sao_Paulo\","
            + "\"weeklyOperatingHours\":[{\"dayOfWeek\":\"MONDAY\",\"openTime\":\"0800\",\"closeTime\":\"1200\"},"
            + "{\"dayOfWeek\":\"MONDAY\",\"openTime\":\"1330\",\"closeTime\":\"1745\"}],"
            + "\"holidaySchedule\":[{\"date\":\"2026-12-25\",\"startTime\":\"0000\",\"endTime\":\"2359\"}]}}";
    Reply saved = aurora.put("/api/v1/numbers/" + BRAZIL + "/calling-settings", body);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    JsonObject read = aurora.get("/api/v1/numbers/" + BRAZIL + "/calling-settings").json();
    assertThat(read.getJsonObject("callHours").getString("timezoneId"))
        .isEqualTo("America/Sao_Paulo");
    assertThat(read.getJsonObject("callHours").getJsonArray("weeklyOperatingHours")).hasSize(2);

    // what the Cloud API (the sandbox) now holds for the number
    Reply upstream =
        Http.withKey("sandbox-access-token").get("/sandbox/graph/v23.0/" + BRAZIL + "/settings");
    assertThat(upstream.status()).as(upstream.body()).isEqualTo(200);
    assertThat(upstream.body())
        .contains("America/Sao_Paulo")
        .contains("1745")
        .contains("2026-12-25");
  }

  @Test
  void S1_anInvalidChangeListsEveryProblemAndChangesNothing() {
    Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);
    String before = sunrise.get("/api/v1/numbers/" + INDIA + "/calling-settings").body();
    String body =
        "{\"voiceCalls\":\"ENABLED\",\"callButtons\":\"DEFAULT\",\"callbackRequests\":\"SOMETIMES\","
            + "\"callHours\":{\"status\":\"ENABLED\",\"timezoneId\":\"Mars/Olympus\","
            + "\"weeklyOperatingHours\":[{\"dayOfWeek\":\"MONDAY\",\"openTime\":\"1800\",\"closeTime\":\"0900\"}],"
            + "\"holidaySchedule\":[]}}";
    Reply refused = sunrise.put("/api/v1/numbers/" + INDIA + "/calling-settings", body);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error().getJsonArray("fields").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("field"))
        .contains("callbackRequests", "callHours.timezoneId", "callHours.weeklyOperatingHours[0]");
    assertThat(sunrise.get("/api/v1/numbers/" + INDIA + "/calling-settings").body())
        .isEqualTo(before);
  }

  @Test
  void R6_routingIsStoredWithTheRestOfTheSettingsAndReadBack() {
    Http aurora = Http.withKey(TestServer.AURORA_KEY);
    long ana = agent(aurora, "ana@aurora.example");
    long bruno = agent(aurora, "bruno@aurora.example");
    long carla = agent(aurora, "carla@aurora.example");
    Reply saved =
        aurora.put(
            "/api/v1/numbers/" + BRAZIL + "/calling-settings",
            settingsWithRouting(
                "{\"strategy\":\"ORDERED\",\"pool\":["
                    + bruno
                    + ","
                    + ana
                    + "],"
                    + "\"excluded\":["
                    + carla
                    + "]}"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    JsonObject routing =
        aurora
            .get("/api/v1/numbers/" + BRAZIL + "/calling-settings")
            .json()
            .getJsonObject("routing");
    assertThat(routing.getString("strategy")).isEqualTo("ORDERED");
    assertThat(routing.getJsonArray("pool").getJsonNumber(0).longValue()).isEqualTo(bruno);
    assertThat(routing.getJsonArray("pool").getJsonNumber(1).longValue()).isEqualTo(ana);
    assertThat(routing.getJsonArray("excluded").getJsonNumber(0).longValue()).isEqualTo(carla);

    // a PUT without routing leaves it as it was
    aurora.put("/api/v1/numbers/" + BRAZIL + "/calling-settings", settingsWithRouting(null));
    assertThat(
            aurora
                .get("/api/v1/numbers/" + BRAZIL + "/calling-settings")
                .json()
                .getJsonObject("routing")
                .getString("strategy"))
        .isEqualTo("ORDERED");
  }

  @Test
  void R4_aPoolWithAnotherBusinessesAgentOrADuplicateIsRefusedAndChangesNothing() {
    Http aurora = Http.withKey(TestServer.AURORA_KEY);
    long bruno = agent(aurora, "bruno@aurora.example");
    long priya = agent(Http.withKey(TestServer.SUNRISE_KEY), "priya@sunrise.example");
    String before = aurora.get("/api/v1/numbers/" + BRAZIL + "/calling-settings").body();

    Reply refused =
        aurora.put(
            "/api/v1/numbers/" + BRAZIL + "/calling-settings",
            settingsWithRouting(
                "{\"strategy\":\"RING_ALL\",\"pool\":["
                    + bruno
                    + ","
                    + priya
                    + ","
                    + bruno
                    + "],"
                    + "\"excluded\":[999999]}"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.error().getJsonArray("fields").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("field"))
        .containsExactlyInAnyOrder("routing.pool[1]", "routing.pool[2]", "routing.excluded[0]");
    assertThat(aurora.get("/api/v1/numbers/" + BRAZIL + "/calling-settings").body())
        .isEqualTo(before);
  }

  private static String settingsWithRouting(String routing) {
    return "{\"voiceCalls\":\"ENABLED\",\"callButtons\":\"DEFAULT\",\"callbackRequests\":\"ENABLED\","
        + "\"callHours\":{\"status\":\"DISABLED\",\"timezoneId\":\"America/Sao_Paulo\","
        + "\"weeklyOperatingHours\":[],\"holidaySchedule\":[]}"
        + (routing == null ? "" : ",\"routing\":" + routing)
        + "}";
  }

  private static long agent(Http api, String email) {
    return api.get("/api/v1/agents").array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("email").equals(email))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void A2_anotherBusinessesNumberIsNotFound() {
    Reply reply =
        Http.withKey(TestServer.SUNRISE_KEY).get("/api/v1/numbers/" + BRAZIL + "/calling-settings");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error().getString("code")).isEqualTo("not_found");
  }
}
