package dev.callgate.cloudapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.cloudapi.NumberSettings;
import dev.callgate.cloudapi.TemplateCreated;
import dev.callgate.cloudapi.TemplateRequest;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings and template management over real HTTP against {@link GraphStub}. */
class HttpCloudApiManagementTest {

  private GraphStub graph;
  private HttpCloudApi api;
  private CloudApiAccount account;

  @BeforeEach
  void start() throws Exception {
    graph = new GraphStub();
    api = new HttpCloudApi(new GraphHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    account = new CloudApiAccount(graph.baseUrl() + "/", "v23.0", "token-1", "secret-1");
  }

  @AfterEach
  void stop() {
    graph.close();
  }

  @Test
  void settingsRoundTrip() {
    String sample =
        """
        {"calling":{"status":"ENABLED","call_icon_visibility":"DEFAULT",
          "call_icons":{"restrict_to_user_countries":["US","BR"]},
          "call_hours":{"status":"ENABLED","timezone_id":"America/Manaus",
            "weekly_operating_hours":[{"day_of_week":"MONDAY","open_time":"0400","close_time":"1020"}],
            "holiday_schedule":[{"date":"2026-01-01","start_time":"0000","end_time":"2359"}]},
          "callback_permission_status":"ENABLED","srtp_key_exchange_protocol":"DTLS",
          "audio":{"additional_codecs":["PCMA","PCMU"]},
          "sip":{"status":"DISABLED","servers":[{"hostname":"sip.example.com","port":5061,
                 "request_uri_user_params":{"tgrp":"wacall"}}]},
          "restrictions":{"restrictions_list":[{"type":"RESTRICTED_BUSINESS_INITIATED_CALLING","reason":"quality","expiration":1745343479}]}}}
        """;
    graph.answer(200, sample);
    NumberSettings settings = api.settings(account, "1065");
    assertThat(settings.status()).isEqualTo("ENABLED");
    assertThat(settings.restrictToUserCountries()).containsExactly("US", "BR");
    assertThat(settings.callHours().weeklyOperatingHours())
        .containsExactly(new NumberSettings.WeeklyHours("MONDAY", "0400", "1020"));
    assertThat(settings.sip().servers().get(0).requestUriUserParams())
        .containsEntry("tgrp", "wacall");
    assertThat(settings.restrictions().get(0).type())
        .isEqualTo("RESTRICTED_BUSINESS_INITIATED_CALLING");

    graph.answer(200, "{\"success\":true}");
    api.updateSettings(account, "1065", settings);
    JsonObject posted =
        CallPermissionsReaderTest.json(graph.last().body()).getJsonObject("calling");
    assertThat(posted.getJsonObject("call_hours").getString("timezone_id"))
        .isEqualTo("America/Manaus");
    assertThat(posted.getJsonObject("sip").getJsonArray("servers").getJsonObject(0).getInt("port"))
        .isEqualTo(5061);
    assertThat(posted.containsKey("restrictions")).isFalse();
  }

  @Test
  void templateCreationSendsEveryComponentAndReturnsIdStatusCategory() {
    graph.answer(
        200, "{\"id\":\"594425479261596\",\"status\":\"PENDING\",\"category\":\"MARKETING\"}");
    TemplateCreated created =
        api.createTemplate(
            account,
            "102290129340398",
            new TemplateRequest(
                "call_ok",
                "en_US",
                "MARKETING",
                "Hi",
                "Order {{1}}",
                List.of("ON-1"),
                "Thanks",
                true));
    assertThat(created).isEqualTo(new TemplateCreated("594425479261596", "PENDING", "MARKETING"));
    assertThat(graph.last().pathAndQuery()).isEqualTo("/v23.0/102290129340398/message_templates");
    JsonObject body = CallPermissionsReaderTest.json(graph.last().body());
    assertThat(body.getBoolean("allow_category_change")).isTrue();
    assertThat(body.getJsonArray("components").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("type"))
        .containsExactly("HEADER", "BODY", "FOOTER", "call_permission_request");
    assertThat(body.getJsonArray("components").getJsonObject(1).getJsonObject("example").toString())
        .isEqualTo("{\"body_text\":[[\"ON-1\"]]}");
  }
}
