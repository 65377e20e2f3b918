package dev.callgate.it.sandbox;

import static dev.callgate.it.sandbox.Sandbox.await;
import static dev.callgate.it.sandbox.Sandbox.bodyOf;
import static dev.callgate.it.sandbox.Sandbox.control;
import static dev.callgate.it.sandbox.Sandbox.webhooksMentioning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http.Reply;
import jakarta.json.Json;
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
 * The phone page's protocol, driven over HTTP as the page's script drives it: while a user's phone
 * beats, a business call's offer waits for the phone's answer, which Meta's {@code connect} webhook
 * then carries; the user can hang up; a phone that stops beating or never answers leaves the call
 * to the sandbox's own answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SandboxPhoneIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  // Long enough for the phone to count as closed (sandbox.phone.open-millis is 3000).
  private static final Duration SILENCE = Duration.ofMillis(3500);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void C1_anOpenPhoneAnswersTheOfferItsAnswerIsConnectedAndTheUserHangsUp() {
    String user = user("{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":3600}");
    beat(user);
    String offer = Sandbox.chromeOffer();
    String callId = callIdOf(Sandbox.connect(user, offer));

    JsonObject ringing = phone(user).getJsonObject("call");
    assertThat(ringing.getString("callId")).isEqualTo(callId);
    assertThat(ringing.getString("state")).isEqualTo("offer");
    assertThat(ringing.getString("offer")).isEqualTo(offer);
    assertThat(ringing.getString("from")).isEqualTo("+919876543210");
    // nothing reaches Callgate before the phone has answered
    assertThat(webhooksMentioning(callId)).isEmpty();

    String answer = phoneAnswer();
    Reply answered = post(user, callId, "answer", Json.createObjectBuilder().add("sdp", answer));
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 3, WAIT);
    JsonObject connect = call(events.get(0));
    assertThat(connect.getString("event")).isEqualTo("connect");
    assertThat(connect.getJsonObject("session").getString("sdp")).isEqualTo(answer);
    assertThat(await(() -> state(user), "connected"::equals, WAIT)).isEqualTo("connected");
    assertThat(post(user, callId, "answer", Json.createObjectBuilder().add("sdp", answer)).status())
        .isEqualTo(409);

    Reply hungUp = post(user, callId, "hangup", Json.createObjectBuilder());
    assertThat(hungUp.status()).as(hungUp.body()).isEqualTo(200);
    events = await(() -> webhooksMentioning(callId), l -> l.size() >= 4, WAIT);
    JsonObject terminate = call(events.get(3));
    assertThat(terminate.getString("event")).isEqualTo("terminate");
    assertThat(terminate.getString("status")).isEqualTo("COMPLETED");
    assertThat(state(user)).isEqualTo("ended");
  }

  @Test
  void C1_hangingUpWhileItRingsRejectsTheCall() {
    String user = user("{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":600}");
    beat(user);
    String callId = callIdOf(Sandbox.connect(user, Sandbox.chromeOffer()));
    post(user, callId, "answer", Json.createObjectBuilder().add("sdp", phoneAnswer()));
    assertThat(await(() -> state(user), "ringing"::equals, WAIT)).isEqualTo("ringing");

    assertThat(post(user, callId, "hangup", Json.createObjectBuilder()).status()).isEqualTo(200);

    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 4, WAIT);
    assertThat(status(events.get(2))).isEqualTo("REJECTED");
    assertThat(call(events.get(3)).getString("status")).isEqualTo("FAILED");
  }

  @Test
  void C1_aPhoneThatStoppedBeatingIsNotHandedTheCallAndLookingAtItDoesNotOpenIt()
      throws InterruptedException {
    String user = user("{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":1}");
    beat(user);
    Thread.sleep(SILENCE.toMillis());
    assertThat(phone(user).getBoolean("open")).isFalse();

    String callId = callIdOf(Sandbox.connect(user, Sandbox.chromeOffer()));

    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 4, WAIT);
    assertThat(call(events.get(0)).getJsonObject("session").getString("sdp"))
        .contains("a=ice-lite");
    assertThat(call(events.get(3)).getString("status")).isEqualTo("COMPLETED");
    assertThat(phone(user).isNull("call")).isTrue();
  }

  @Test
  void C1_aPhoneThatDoesNotAnswerInTimeIsAnsweredForByTheSandbox() {
    String user = user("{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":1}");
    beat(user);
    String callId = callIdOf(Sandbox.connect(user, Sandbox.chromeOffer()));
    assertThat(state(user)).isEqualTo("offer");

    Reply advanced = control.post("/sandbox/v1/clock/advance", "{\"seconds\":11}");
    assertThat(advanced.status()).as(advanced.body()).isEqualTo(200);

    List<JsonObject> events = await(() -> webhooksMentioning(callId), l -> l.size() >= 1, WAIT);
    assertThat(call(events.get(0)).getJsonObject("session").getString("sdp"))
        .contains("a=ice-lite");
    Reply late = post(user, callId, "answer", Json.createObjectBuilder().add("sdp", phoneAnswer()));
    assertThat(late.status()).as(late.body()).isEqualTo(409);
  }

  private static String user(String profile) {
    String user = Sandbox.freshUser();
    Reply put = control.put("/sandbox/v1/users/" + user, profile);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    Sandbox.grant(user, false);
    return user;
  }

  private static void beat(String user) {
    Reply beat = control.post("/sandbox/v1/phones/" + user + "/heartbeat", "");
    assertThat(beat.status()).as(beat.body()).isEqualTo(200);
    assertThat(beat.json().getBoolean("open")).isTrue();
  }

  private static JsonObject phone(String user) {
    return control.get("/sandbox/v1/phones/" + user).json();
  }

  private static String state(String user) {
    JsonObject call = phone(user).getJsonObject("call");
    return call == null ? null : call.getString("state");
  }

  private static Reply post(
      String user, String callId, String action, jakarta.json.JsonObjectBuilder body) {
    return control.post(
        "/sandbox/v1/phones/" + user + "/calls/" + callId + "/" + action, body.build().toString());
  }

  /** A browser's answer: the Chrome-like offer turned round, as the page's WebRTC would. */
  private static String phoneAnswer() {
    return Sandbox.chromeOffer().replace("a=setup:actpass", "a=setup:active");
  }

  private static String callIdOf(Reply connect) {
    assertThat(connect.status()).as(connect.body()).isEqualTo(200);
    return connect.json().getJsonArray("calls").getJsonObject(0).getString("id");
  }

  private static JsonObject value(JsonObject delivery) {
    return bodyOf(delivery)
        .getJsonArray("entry")
        .getJsonObject(0)
        .getJsonArray("changes")
        .getJsonObject(0)
        .getJsonObject("value");
  }

  private static JsonObject call(JsonObject delivery) {
    return value(delivery).getJsonArray("calls").getJsonObject(0);
  }

  private static String status(JsonObject delivery) {
    return value(delivery).getJsonArray("statuses").getJsonObject(0).getString("status");
  }
}
