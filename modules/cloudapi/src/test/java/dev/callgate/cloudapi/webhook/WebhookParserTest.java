package dev.callgate.cloudapi.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shared webhook sample parses to the right event with the right fields. */
class WebhookParserTest {

  private static final String BIC = "wacid.HBgLMTIxODU1NTI4MjgVAgARGCAyODRQIAFRoA";
  private static final String UIC = "wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh";

  static byte[] fixture(String name) throws IOException {
    Path dir = Path.of(System.getProperty("fixtures.dir", "../../../shared/fixtures"));
    return Files.readAllBytes(dir.resolve("meta-webhooks").resolve(name));
  }

  private static WebhookEvent only(String name) throws IOException {
    List<WebhookEvent> events = WebhookParser.parse(fixture(name));
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void bicConnectCarriesTheSdpAnswer() throws IOException {
    CallConnect c = (CallConnect) only("bic-connect.json");
    assertThat(c.callId()).isEqualTo(BIC);
    assertThat(c.direction()).isEqualTo("BUSINESS_INITIATED");
    assertThat(c.sdpType()).isEqualTo("answer");
    assertThat(c.sdp()).startsWith("v=0\r\n");
    assertThat(c.from()).isEqualTo("919000012345");
    assertThat(c.to()).isEqualTo("12185552828");
    assertThat(c.bizOpaqueCallbackData()).isEqualTo("TRx334DUDFTI4Mj");
    assertThat(c.timestamp()).isEqualTo(Instant.ofEpochSecond(1749196895));
    assertThat(c.envelope())
        .isEqualTo(new Envelope("366634483210360", "436666719526789", "919000012345", null));
    assertThat(c.dedupeKey()).isEqualTo("call:" + BIC + ":connect");
  }

  @Test
  void uicConnectCarriesTheOfferAndTheContactName() throws IOException {
    CallConnect c = (CallConnect) only("uic-connect.json");
    assertThat(c.direction()).isEqualTo("USER_INITIATED");
    assertThat(c.sdpType()).isEqualTo("offer");
    assertThat(c.contactName()).isEqualTo("Harsh");
    assertThat(c.deeplinkPayload()).isNull();
    assertThat(c.callId()).isEqualTo(UIC);
  }

  @Test
  void bicStatusesParseEachValue() throws IOException {
    for (String status : new String[] {"ringing", "accepted", "rejected"}) {
      CallStatus s = (CallStatus) only("bic-status-" + status + ".json");
      assertThat(s.status().name()).isEqualToIgnoringCase(status);
      assertThat(s.recipientId()).isEqualTo("12185552828");
      assertThat(s.bizOpaqueCallbackData()).isEqualTo("TRx334DUDFTI4Mj");
      assertThat(s.dedupeKey()).isEqualTo("call:" + BIC + ":status:" + status.toUpperCase());
    }
  }

  @Test
  void terminateCompletedCarriesTheTimes() throws IOException {
    CallTerminate t = (CallTerminate) only("bic-terminate-completed.json");
    assertThat(t.status()).isEqualTo(CallTerminate.Outcome.COMPLETED);
    assertThat(t.startTime()).isEqualTo(Instant.ofEpochSecond(1749196905));
    assertThat(t.endTime()).isEqualTo(Instant.ofEpochSecond(1749196961));
    assertThat(t.durationSeconds()).isEqualTo(56);
    assertThat(t.errors()).isEmpty();
    assertThat(t.dedupeKey()).isEqualTo("call:" + BIC + ":terminate");

    CallTerminate uic = (CallTerminate) only("uic-terminate-completed.json");
    assertThat(uic.durationSeconds()).isEqualTo(120);
    assertThat(uic.direction()).isEqualTo("USER_INITIATED");
  }

  @Test
  void terminateFailedCarriesTheErrors() throws IOException {
    CallTerminate t = (CallTerminate) only("uic-terminate-failed.json");
    assertThat(t.status()).isEqualTo(CallTerminate.Outcome.FAILED);
    assertThat(t.durationSeconds()).isNull();
    assertThat(t.errors())
        .containsExactly(
            new WebhookError(
                138021, "Media receive timeout", "No media received from the business"));
  }

  @Test
  void terminateStatusIsReadCaseInsensitively() {
    String body =
        "{\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"calls\",\"value\":{\"calls\":[{\"id\":"
            + "\"wacid.x\",\"event\":\"terminate\",\"status\":\"Failed\"}]}}]}]}";
    CallTerminate t = (CallTerminate) WebhookParser.parse(bytes(body)).get(0);
    assertThat(t.status()).isEqualTo(CallTerminate.Outcome.FAILED);
  }

  @Test
  void permissionRepliesParseResponsePermanenceAndContext() throws IOException {
    PermissionReply permanent = (PermissionReply) only("permission-reply-accept-permanent.json");
    assertThat(permanent.accepted()).isTrue();
    assertThat(permanent.permanent()).isTrue();
    assertThat(permanent.expiresAt()).isNull();
    assertThat(permanent.responseSource()).isEqualTo("user_action");
    assertThat(permanent.contextId()).startsWith("wamid.HBgLMTIxODU1NTI4MjgVAgARGBI5");
    assertThat(permanent.from()).isEqualTo("12185552828");
    assertThat(permanent.dedupeKey()).isEqualTo("msg:" + permanent.messageId());

    PermissionReply temporary = (PermissionReply) only("permission-reply-accept-temporary.json");
    assertThat(temporary.permanent()).isFalse();
    assertThat(temporary.expiresAt()).isEqualTo(Instant.ofEpochSecond(1749801700));

    PermissionReply reject = (PermissionReply) only("permission-reply-reject.json");
    assertThat(reject.accepted()).isFalse();
  }

  @Test
  void aReplyWithoutContextHasNone() {
    String body =
        "{\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messages\":"
            + "[{\"from\":\"12185552828\",\"id\":\"wamid.a\",\"type\":\"interactive\",\"interactive\":"
            + "{\"type\":\"call_permission_reply\",\"call_permission_reply\":{\"response\":\"reject\","
            + "\"response_source\":\"automatic\"}}},{\"from\":\"1\",\"id\":\"wamid.b\",\"type\":\"text\"}]}}]}]}";
    List<WebhookEvent> events = WebhookParser.parse(bytes(body));
    assertThat(events).hasSize(2);
    assertThat(((PermissionReply) events.get(0)).contextId()).isNull();
    assertThat(events.get(1)).isInstanceOf(CustomerMessage.class);
  }

  @Test
  void the360dialogPermissionStatusParses() throws IOException {
    PermissionStatus s = (PermissionStatus) only("d360-call-permission-status-granted.json");
    assertThat(s.status()).isEqualTo("GRANTED");
    assertThat(s.recipient()).isEqualTo("12185552828");
    assertThat(s.envelope().wabaId()).isEqualTo("366634483210360");
  }

  @Test
  void templateStatusParses() throws IOException {
    TemplateStatusUpdate t = (TemplateStatusUpdate) only("template-status-approved.json");
    assertThat(t.templateId()).isEqualTo("594425479261596");
    assertThat(t.name()).isEqualTo("sample_cpr_template_test");
    assertThat(t.language()).isEqualTo("en");
    assertThat(t.event()).isEqualTo("APPROVED");
    assertThat(t.envelope().time()).isEqualTo(Instant.ofEpochSecond(1749196000));
    assertThat(t.dedupeKey()).isEqualTo("template:594425479261596:APPROVED:1749196000");
  }

  @Test
  void accountSettingsUpdateParses() {
    String body =
        "{\"entry\":[{\"id\":\"9\",\"changes\":[{\"field\":\"account_settings_update\",\"value\":"
            + "{\"timestamp\":\"1749200000\",\"type\":\"PHONE_NUMBER_SETTINGS\",\"phone_number_settings\":"
            + "{\"phone_number_id\":\"106540352242933\",\"calling\":{\"status\":\"DISABLED\","
            + "\"call_icon_visibility\":\"DISABLE_ALL\",\"callback_permission_status\":\"ENABLED\"}}}}]}]}";
    AccountSettingsUpdate u = (AccountSettingsUpdate) WebhookParser.parse(bytes(body)).get(0);
    assertThat(u.phoneNumberId()).isEqualTo("106540352242933");
    assertThat(u.status()).isEqualTo("DISABLED");
    assertThat(u.callIconVisibility()).isEqualTo("DISABLE_ALL");
    assertThat(u.callbackPermissionStatus()).isEqualTo("ENABLED");
    assertThat(u.dedupeKey()).isEqualTo("settings:106540352242933:1749200000");
  }

  @Test
  void eachEventsOwnPayloadParsesBackToIt() throws IOException {
    for (String name :
        new String[] {
          "bic-connect.json",
          "uic-terminate-failed.json",
          "template-status-approved.json",
          "permission-reply-reject.json",
          "d360-call-permission-status-granted.json"
        }) {
      ParsedEvent parsed = WebhookParser.parseEach(fixture(name)).get(0);
      assertThat(WebhookParser.parse(bytes(parsed.payload()))).containsExactly(parsed.event());
    }
  }

  @Test
  void aBodyNestedAHundredThousandLevelsDeepIsAParseError() {
    String deep = "{\"entry\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThatThrownBy(() -> WebhookParser.parse(bytes(deep)))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("nested deeper than " + WebhookParser.MAX_DEPTH);
  }

  @Test
  void aSyntaxErrorSaysWhereWithoutTheParsersOwnWords() {
    assertThatThrownBy(() -> WebhookParser.parse(bytes("{\"object\":\"x\"")))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageStartingWith("the body is not valid JSON (line 1, column ")
        .hasMessageNotContaining("Expected tokens");
  }

  @Test
  void malformedOrUnknownBodiesFailWithAClearMessage() {
    assertThatThrownBy(() -> WebhookParser.parse(bytes("{not json")))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> WebhookParser.parse(new byte[0]))
        .isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> WebhookParser.parse(bytes("[1]")))
        .isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> WebhookParser.parse(bytes("{\"hello\":1}")))
        .isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(
            () ->
                WebhookParser.parse(
                    bytes(
                        "{\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":"
                            + "\"calls\",\"value\":{\"calls\":[{\"id\":\"wacid.x\",\"event\":\"transfer\"}]}}]}]}")))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("transfer");
    assertThatThrownBy(
            () ->
                WebhookParser.parse(
                    bytes(
                        "{\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":"
                            + "\"calls\",\"value\":{\"calls\":[{\"event\":\"connect\"}]}}]}]}")))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("calls[0].id");
    assertThatThrownBy(() -> WebhookParser.parse(bytes("{\"entry\":\"x\"}")))
        .isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> WebhookParser.parse(bytes("{\"event\":\"other\",\"waba_id\":\"1\"}")))
        .isInstanceOf(WebhookParseException.class);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anOrdinaryMessageIsReducedToWhoWroteWhen() {
    String body =
        """
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{
          "field":"messages","value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"919876543210","phone_number_id":"106540352242922"},
          "messages":[{"from":"919812345678","id":"wamid.HBgMOTE5ODEyMzQ1Njc4","timestamp":"1795338000",
            "type":"text","text":{"body":"Can you call me about my order?"}}]}}]}]}
        """;
    List<WebhookEvent> events = WebhookParser.parse(body.getBytes(StandardCharsets.UTF_8));
    assertThat(events).hasSize(1);
    CustomerMessage m = (CustomerMessage) events.get(0);
    assertThat(m.from()).isEqualTo("919812345678");
    assertThat(m.type()).isEqualTo("text");
    assertThat(m.timestamp()).isEqualTo(Instant.ofEpochSecond(1795338000));
    assertThat(m.envelope().phoneNumberId()).isEqualTo("106540352242922");
    assertThat(m.dedupeKey()).isEqualTo("msg:wamid.HBgMOTE5ODEyMzQ1Njc4");
  }
}
