package dev.callgate.it.sandbox;

import static dev.callgate.it.sandbox.Sandbox.GRAPH;
import static dev.callgate.it.sandbox.Sandbox.NUMBER_ID;
import static dev.callgate.it.sandbox.Sandbox.await;
import static dev.callgate.it.sandbox.Sandbox.bodyOf;
import static dev.callgate.it.sandbox.Sandbox.control;
import static dev.callgate.it.sandbox.Sandbox.graph;
import static dev.callgate.it.sandbox.Sandbox.webhooksMentioning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox plays Meta: driven over HTTP the way Callgate's Cloud API client drives the Cloud
 * API, it enforces Meta's rules on its own and answers in Meta's envelope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SandboxIT {

  private static final Duration WAIT = Duration.ofSeconds(10);

  /**
   * A number the sandbox takes but Callgate does not know: Callgate holds its webhooks back and
   * answers none of its calls, so these tests play the business themselves.
   */
  private static final String NOBODYS_NUMBER = "106540352249999";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void P3_aUserWhoGrantsARequestShowsATemporaryPermission() {
    String user = Sandbox.freshUser();
    control.put(
        "/sandbox/v1/users/" + user,
        "{\"name\":\"Ana\",\"onPermissionRequest\":\"GRANT_TEMPORARY\"}");

    Reply sent = Sandbox.requestPermission(user);
    assertThat(sent.status()).isEqualTo(200);
    String requestId = sent.json().getJsonArray("messages").getJsonObject(0).getString("id");
    assertThat(requestId).startsWith("wamid.");

    assertThat(await(() -> Sandbox.permissionStatus(user), "temporary"::equals, WAIT))
        .isEqualTo("temporary");
    JsonObject reply =
        bodyOf(await(() -> webhooksMentioning(requestId), l -> !l.isEmpty(), WAIT).get(0));
    JsonObject message =
        reply
            .getJsonArray("entry")
            .getJsonObject(0)
            .getJsonArray("changes")
            .getJsonObject(0)
            .getJsonObject("value")
            .getJsonArray("messages")
            .getJsonObject(0);
    assertThat(message.getJsonObject("context").getString("id")).isEqualTo(requestId);
    assertThat(
            message
                .getJsonObject("interactive")
                .getJsonObject("call_permission_reply")
                .getString("response"))
        .isEqualTo("accept");
  }

  @Test
  void P4_secondRequestWithin24hIsRefusedByMeta() {
    String user = Sandbox.freshUser();
    assertThat(Sandbox.requestPermission(user).status()).isEqualTo(200);

    Reply second = Sandbox.requestPermission(user);

    assertThat(second.status()).isEqualTo(400);
    JsonObject error = second.error();
    assertThat(error.getInt("code")).isEqualTo(138009);
    assertThat(error.getString("type")).isEqualTo("OAuthException");
    assertThat(error.getString("fbtrace_id")).isNotBlank();
    assertThat(error.getJsonObject("error_data").getString("details"))
        .contains("Next request allowed at");
  }

  @Test
  void P1_aBusinessCallWithoutPermissionIsRefusedByMetaWith138006() {
    Reply reply = Sandbox.connect(Sandbox.freshUser(), Sandbox.chromeOffer());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error().getInt("code")).isEqualTo(138006);
  }

  @Test
  void L4_aSecondConnectWhileTheFirstCallIsOngoingIsRefusedWith138003() {
    String user = Sandbox.freshUser();
    control.put("/sandbox/v1/users/" + user, "{\"onCall\":\"NO_ANSWER\"}");
    Sandbox.grant(user, false);

    Reply first = Sandbox.connect(user, Sandbox.chromeOffer());
    assertThat(first.status()).isEqualTo(200);
    String callId = first.json().getJsonArray("calls").getJsonObject(0).getString("id");
    assertThat(callId).startsWith("wacid.");
    assertThat(first.json().getString("messaging_product")).isEqualTo("whatsapp");

    Reply second = Sandbox.connect(user, Sandbox.chromeOffer());
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.error().getInt("code")).isEqualTo(138003);

    Reply terminated = Sandbox.callAction(callId, "terminate");
    assertThat(terminated.status()).isEqualTo(200);
    assertThat(terminated.json().getBoolean("success")).isTrue();
    assertThat(Sandbox.connect(user, Sandbox.chromeOffer()).status()).isEqualTo(200);
  }

  @Test
  void C2_anInvalidSdpIsRefusedByMetaWithCode100() {
    String user = Sandbox.freshUser();
    Sandbox.grant(user, false);

    Reply reply = Sandbox.connect(user, "this is not an sdp");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error().getInt("code")).isEqualTo(100);
    assertThat(reply.error().getJsonObject("error_data").getString("details")).contains("SDP");
  }

  @Test
  void C1_anAnsweredBusinessCallReportsConnectRingingAcceptedAndACompletedTerminate() {
    String user = Sandbox.freshUser();
    control.put(
        "/sandbox/v1/users/" + user,
        "{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":1}");
    Sandbox.grant(user, false);
    String callId =
        Sandbox.connect(user, Sandbox.chromeOffer())
            .json()
            .getJsonArray("calls")
            .getJsonObject(0)
            .getString("id");

    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 4, WAIT);

    assertThat(events).extracting(d -> d.getString("field")).containsOnly("calls");
    List<JsonObject> values =
        events.stream()
            .map(
                d ->
                    bodyOf(d)
                        .getJsonArray("entry")
                        .getJsonObject(0)
                        .getJsonArray("changes")
                        .getJsonObject(0)
                        .getJsonObject("value"))
            .toList();
    JsonObject connect = values.get(0).getJsonArray("calls").getJsonObject(0);
    assertThat(connect.getString("event")).isEqualTo("connect");
    assertThat(connect.getString("direction")).isEqualTo("BUSINESS_INITIATED");
    assertThat(connect.getJsonObject("session").getString("sdp_type")).isEqualTo("answer");
    assertThat(connect.getJsonObject("session").getString("sdp"))
        .startsWith("v=0\r\n")
        .contains("m=audio ");
    assertThat(values.get(1).getJsonArray("statuses").getJsonObject(0).getString("status"))
        .isEqualTo("RINGING");
    assertThat(values.get(2).getJsonArray("statuses").getJsonObject(0).getString("status"))
        .isEqualTo("ACCEPTED");
    JsonObject terminate = values.get(3).getJsonArray("calls").getJsonObject(0);
    assertThat(terminate.getString("event")).isEqualTo("terminate");
    assertThat(terminate.getString("status")).isEqualTo("COMPLETED");
    assertThat(terminate.getInt("duration")).isEqualTo(1);
    assertThat(terminate.getString("biz_opaque_callback_data")).isEqualTo("it-" + user);
    assertThat(values.get(0).getJsonObject("metadata").getString("phone_number_id"))
        .isEqualTo(NUMBER_ID);
    // the demo number is known: its own WABA and display number, not made-up ones
    assertThat(bodyOf(events.get(0)).getJsonArray("entry").getJsonObject(0).getString("id"))
        .isEqualTo("102290129340398");
    assertThat(values.get(0).getJsonObject("metadata").getString("display_phone_number"))
        .isEqualTo("919876543210");
  }

  @Test
  void C1_aRejectedBusinessCallReportsRejectedThenAFailedTerminateWithoutDuration() {
    String user = Sandbox.freshUser();
    control.put("/sandbox/v1/users/" + user, "{\"onCall\":\"REJECT\",\"answerAfterSeconds\":0}");
    Sandbox.grant(user, false);
    String callId = callIdOf(Sandbox.connect(user, Sandbox.chromeOffer()));

    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 4, WAIT);

    assertThat(valueOf(events.get(2)).getJsonArray("statuses").getJsonObject(0).getString("status"))
        .isEqualTo("REJECTED");
    JsonObject terminate = valueOf(events.get(3)).getJsonArray("calls").getJsonObject(0);
    assertThat(terminate.getString("status")).isEqualTo("FAILED");
    assertThat(terminate.containsKey("duration")).isFalse();
  }

  @Test
  void C1_anUnansweredBusinessCallEndsAtOnceWhenTheClockPassesThirtySeconds() {
    String user = Sandbox.freshUser();
    control.put("/sandbox/v1/users/" + user, "{\"onCall\":\"NO_ANSWER\"}");
    Sandbox.grant(user, false);
    String callId = callIdOf(Sandbox.connect(user, Sandbox.chromeOffer()));
    await(() -> webhooksMentioning(callId), l -> l.size() >= 2, WAIT);

    control.post("/sandbox/v1/clock/advance", "{\"seconds\":31}");

    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 3, WAIT);
    JsonObject terminate = valueOf(events.get(2)).getJsonArray("calls").getJsonObject(0);
    assertThat(terminate.getString("event")).isEqualTo("terminate");
    assertThat(terminate.getString("status")).isEqualTo("FAILED");
    assertThat(terminate.containsKey("duration")).isFalse();
  }

  private static String callIdOf(Reply connected) {
    assertThat(connected.status()).isEqualTo(200);
    return connected.json().getJsonArray("calls").getJsonObject(0).getString("id");
  }

  @Test
  void C3_aUserCallBringsAValidOfferAndEndsWithTheTalkTimeOnceAccepted() {
    String user = Sandbox.freshUser();
    control.put("/sandbox/v1/users/" + user, "{\"name\":\"Harsh\",\"talkSeconds\":1}");
    Reply called =
        control.post(
            "/sandbox/v1/users/" + user + "/calls",
            "{\"numberId\":\"" + NOBODYS_NUMBER + "\",\"payload\":\"order-118\"}");
    assertThat(called.status()).isEqualTo(200);
    String callId = called.json().getString("callId");
    assertThat(
            control
                .post(
                    "/sandbox/v1/users/" + user + "/calls",
                    "{\"numberId\":\"" + NOBODYS_NUMBER + "\"}")
                .status())
        .isEqualTo(409);

    JsonObject connect =
        valueOf(await(() -> webhooksMentioning(callId), l -> !l.isEmpty(), WAIT).get(0));
    JsonObject call = connect.getJsonArray("calls").getJsonObject(0);
    assertThat(call.getString("direction")).isEqualTo("USER_INITIATED");
    assertThat(call.getString("from")).isEqualTo(user);
    assertThat(call.getString("cta_payload")).isEqualTo("order-118");
    assertThat(call.getJsonObject("session").getString("sdp_type")).isEqualTo("offer");
    assertThat(call.getJsonObject("session").getString("sdp"))
        .startsWith("v=0\r\n")
        .contains("opus/48000/2");
    assertThat(
            connect
                .getJsonArray("contacts")
                .getJsonObject(0)
                .getJsonObject("profile")
                .getString("name"))
        .isEqualTo("Harsh");

    Reply early = Sandbox.answerUserCall(NOBODYS_NUMBER, callId, "accept");
    assertThat(early.status()).as("accept before pre_accept").isEqualTo(400);
    assertThat(early.body()).contains("pre_accept");
    assertThat(Sandbox.answerUserCall(NOBODYS_NUMBER, callId, "pre_accept").status())
        .isEqualTo(200);
    assertThat(Sandbox.answerUserCall(NOBODYS_NUMBER, callId, "accept").status()).isEqualTo(200);

    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 2, WAIT);
    JsonObject terminate = valueOf(events.get(1)).getJsonArray("calls").getJsonObject(0);
    assertThat(terminate.getString("event")).isEqualTo("terminate");
    assertThat(terminate.getString("status")).isEqualTo("COMPLETED");
    assertThat(terminate.getInt("duration")).isEqualTo(1);
  }

  @Test
  void C3_aUserCallNobodyAcceptsEndsNotAnsweredOnceTheClockPassesTheAcceptWindow() {
    String user = Sandbox.freshUser();
    String callId =
        control
            .post(
                "/sandbox/v1/users/" + user + "/calls",
                "{\"numberId\":\"" + NOBODYS_NUMBER + "\",\"payload\":\"x\",\"via\":\"DEEP_LINK\"}")
            .json()
            .getString("callId");
    JsonObject connect =
        valueOf(await(() -> webhooksMentioning(callId), l -> !l.isEmpty(), WAIT).get(0));
    assertThat(connect.getJsonArray("calls").getJsonObject(0).getString("deeplink_payload"))
        .isEqualTo("x");

    assertThat(control.post("/sandbox/v1/clock/advance", "{\"seconds\":31}").status())
        .isEqualTo(200);
    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 2, WAIT);
    JsonObject terminate = valueOf(events.get(1)).getJsonArray("calls").getJsonObject(0);
    assertThat(terminate.getString("event")).isEqualTo("terminate");
    assertThat(terminate.containsKey("duration")).isFalse();
    assertThat(Sandbox.answerUserCall(NOBODYS_NUMBER, callId, "pre_accept").status())
        .as("too late")
        .isEqualTo(400);
  }

  @Test
  void C3_anAcceptWhoseAnswerDiffersFromThePreAcceptIsRefused() {
    String user = Sandbox.freshUser();
    String callId =
        control
            .post(
                "/sandbox/v1/users/" + user + "/calls", "{\"numberId\":\"" + NOBODYS_NUMBER + "\"}")
            .json()
            .getString("callId");
    assertThat(Sandbox.answerUserCall(NOBODYS_NUMBER, callId, "pre_accept").status())
        .isEqualTo(200);
    Reply other =
        Sandbox.graph.post(
            Sandbox.GRAPH + NOBODYS_NUMBER + "/calls",
            jakarta.json.Json.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("call_id", callId)
                .add("action", "accept")
                .add(
                    "session",
                    jakarta.json.Json.createObjectBuilder()
                        .add("sdp_type", "answer")
                        .add(
                            "sdp",
                            Sandbox.chromeOffer()
                                .replace("actpass", "active")
                                .replace("a=mid:0", "a=mid:1")))
                .build()
                .toString());
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.body()).contains("same as the pre_accept");
    assertThat(Sandbox.answerUserCall(NOBODYS_NUMBER, callId, "reject").status()).isEqualTo(200);
  }

  private static JsonObject valueOf(JsonObject delivery) {
    return bodyOf(delivery)
        .getJsonArray("entry")
        .getJsonObject(0)
        .getJsonArray("changes")
        .getJsonObject(0)
        .getJsonObject("value");
  }

  @Test
  void P2_advancingTheClockEightDaysEndsATemporaryPermission() {
    String user = Sandbox.freshUser();
    Sandbox.grant(user, false);
    assertThat(Sandbox.permissionStatus(user)).isEqualTo("temporary");

    Reply advanced =
        control.post(
            "/sandbox/v1/clock/advance", "{\"seconds\":" + Duration.ofDays(8).toSeconds() + "}");

    assertThat(advanced.status()).isEqualTo(200);
    assertThat(advanced.json().getJsonNumber("offsetSeconds").longValue())
        .isGreaterThanOrEqualTo(Duration.ofDays(8).toSeconds());
    assertThat(advanced.json().getString("callgateSync")).isEqualTo("ok");
    assertThat(Sandbox.permissionStatus(user)).isEqualTo("no_permission");
  }

  @Test
  void theClockNeverMovesBackwards() {
    assertThat(control.post("/sandbox/v1/clock/advance", "{\"seconds\":-5}").status())
        .isEqualTo(400);
  }

  @Test
  void aBadAccessTokenIsRefusedWith401OAuthExceptionCode190() {
    Reply reply =
        Http.withKey("not-the-token")
            .get(GRAPH + NUMBER_ID + "/call_permissions?user_wa_id=447123456789");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error().getInt("code")).isEqualTo(190);
    assertThat(reply.error().getString("type")).isEqualTo("OAuthException");
  }

  @Test
  void deliveredWebhooksAreSignedOverTheRawBodyAndTheListingKeepsTheirSignaturesBack() {
    String user = Sandbox.freshUser();
    Sandbox.grant(user, true);

    List<JsonObject> deliveries =
        await(
            () -> webhooksMentioning(user),
            l -> !l.isEmpty() && l.get(0).containsKey("httpStatus"),
            WAIT);

    JsonObject delivery = deliveries.get(0);
    assertThat(delivery.getString("field")).isEqualTo("messages");
    assertThat(delivery.getString("url")).endsWith("/api/webhooks/whatsapp");
    // Callgate's receiver accepts only a body signed with the app secret
    assertThat(delivery.getInt("httpStatus")).isEqualTo(200);
    assertThat(delivery).doesNotContainKey("signature");
    assertThat(bodyOf(delivery).getString("object")).isEqualTo("whatsapp_business_account");
  }

  @Test
  void T2_aTemplateNamedReject_IsPendingThenRejectedByStatusWebhook() {
    String name = "reject_it_" + Sandbox.freshUser();
    Reply created =
        graph.post(
            GRAPH + "102290129340398/message_templates",
            "{\"name\":\""
                + name
                + "\",\"language\":\"en\",\"category\":\"MARKETING\",\"components\":[{\"type\":\"BODY\",\"text\":\"May"
                + " we call you?\"},{\"type\":\"call_permission_request\"}]}");
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json().getString("status")).isEqualTo("PENDING");

    JsonObject update =
        bodyOf(await(() -> webhooksMentioning(name), l -> !l.isEmpty(), WAIT).get(0));
    JsonObject value =
        update
            .getJsonArray("entry")
            .getJsonObject(0)
            .getJsonArray("changes")
            .getJsonObject(0)
            .getJsonObject("value");
    assertThat(value.getString("event")).isEqualTo("REJECTED");
    assertThat(value.getString("reason")).isNotEqualTo("NONE");
  }

  @Test
  void callgatesClockFollowsTheSandboxClockButNeverMovesBack() {
    long offset =
        control
            .post("/sandbox/v1/clock/advance", "{\"seconds\":1}")
            .json()
            .getJsonNumber("offsetSeconds")
            .longValue();

    String body = "{\"offsetSeconds\":0}";
    Reply reply = Sandbox.signedPost("/api/sandbox/clock", body, Sandbox.sign(body));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getJsonNumber("offsetSeconds").longValue()).isEqualTo(offset);
  }

  @Test
  void callgatesClockEndpointRefusesAnUnsignedRequest() {
    Reply reply = control.post("/api/sandbox/clock", "{\"offsetSeconds\":999999999}");
    assertThat(reply.status()).isEqualTo(401);
  }
}
