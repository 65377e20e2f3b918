package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Await;
import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.SandboxIntake;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule S1's push to the Cloud API, made after the change is stored: what Meta holds is checked in
 * the sandbox, and {@code push} on the settings says how the push went.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsPushIT {

  private static final String BRAZIL = "207650352242911";
  private static final String PATH = "/api/v1/numbers/" + BRAZIL + "/calling-settings";
  private static final Http aurora = Http.withKey(TestServer.AURORA_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @AfterEach
  void disarm() {
    SandboxIntake.clear();
  }

  @Test
  void S1_aPushTheCloudApiRefusesKeepsTheChangeSaysSoAndTheNextChangePushesAgain() {
    SandboxIntake.fail(BRAZIL, null, "settings", 400, 100);

    Reply saved = aurora.put(PATH, settings("America/Manaus"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    JsonObject push = saved.json().getJsonObject("push");
    assertThat(push.getString("status")).isEqualTo("FAILED");
    assertThat(push.getString("error")).contains("Injected by the sandbox");
    JsonObject read = aurora.get(PATH).json();
    assertThat(read.getJsonObject("callHours").getString("timezoneId")).isEqualTo("America/Manaus");
    assertThat(read.getJsonObject("push").getString("status")).isEqualTo("FAILED");
    assertThat(atMeta()).doesNotContain("America/Manaus");

    Reply again = aurora.put(PATH, settings("America/Manaus"));
    assertThat(again.json().getJsonObject("push").getString("status")).isEqualTo("PUSHED");
    assertThat(again.json().getJsonObject("push").getInt("version"))
        .isEqualTo(push.getInt("version") + 1);
    assertThat(atMeta()).contains("America/Manaus");
  }

  @Test
  void S1_whenPushesOvertakeEachOtherMetaEndsWithTheLastCommittedSettings() throws Exception {
    int before = SandboxIntake.received(BRAZIL, null, "settings").size();
    long version = aurora.get(PATH).json().getJsonObject("push").getInt("version");
    // the first change's push is held up on its way to Meta, so the second one's overtakes it
    SandboxIntake.slow(BRAZIL, null, "settings", "SLOW_ARRIVAL", 3000);
    ExecutorService admin = Executors.newSingleThreadExecutor();
    try {
      Future<Reply> first = admin.submit(() -> aurora.put(PATH, settings("America/Belem")));
      Await.until(
          () -> aurora.get(PATH).json().getJsonObject("push").getInt("version"),
          v -> v == version + 1,
          Duration.ofSeconds(10));

      Reply second = aurora.put(PATH, settings("America/Recife"));
      assertThat(second.json().getJsonObject("push").getString("status")).isEqualTo("PUSHED");
      assertThat(atMeta()).contains("America/Recife");
      assertThat(first.get().status()).isEqualTo(200);
    } finally {
      admin.shutdownNow();
    }

    assertThat(atMeta()).as("what Meta ends up with").contains("America/Recife");
    JsonObject read = aurora.get(PATH).json();
    assertThat(read.getJsonObject("callHours").getString("timezoneId")).isEqualTo("America/Recife");
    assertThat(read.getJsonObject("push").getInt("version")).isEqualTo(version + 2);
    assertThat(read.getJsonObject("push").getString("status")).isEqualTo("PUSHED");
    // Belem's late push, then Recife again
    assertThat(SandboxIntake.received(BRAZIL, null, "settings")).hasSize(before + 3);
  }

  private static String atMeta() {
    Reply upstream =
        Http.withKey("sandbox-access-token").get("/sandbox/graph/v23.0/" + BRAZIL + "/settings");
    assertThat(upstream.status()).as(upstream.body()).isEqualTo(200);
    return upstream.body();
  }

  private static String settings(String timezone) {
    return "{\"voiceCalls\":\"ENABLED\",\"callButtons\":\"DEFAULT\",\"callbackRequests\":\"ENABLED\","
        + "\"callHours\":{\"status\":\"ENABLED\",\"timezoneId\":\""
        + timezone
        + "\",\"weeklyOperatingHours\":[{\"dayOfWeek\":\"MONDAY\",\"openTime\":\"0800\","
        + "\"closeTime\":\"1800\"}],\"holidaySchedule\":[]}}";
  }
}
