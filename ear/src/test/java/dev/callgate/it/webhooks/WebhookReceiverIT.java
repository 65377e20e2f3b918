package dev.callgate.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the receiver refuses, and the verification handshake, as Meta meets them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookReceiverIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final WebhookSender meta = new WebhookSender(TestServer.base());
  private final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);

  @Test
  void theHandshakeEchoesTheChallenge() {
    HttpResponse<String> ok =
        meta.get(
            "hub.mode=subscribe&hub.verify_token=sandbox-verify-token&hub.challenge=1158201444");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("1158201444");
    assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
  }

  @Test
  void aWrongVerifyTokenIsForbidden() {
    HttpResponse<String> refused =
        meta.get("hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("1158201444");
  }

  @Test
  void aForgedSignatureIsRefusedAndNothingIsStored() {
    String callId = "wacid.forged-" + UUID.randomUUID();
    byte[] body = connect(callId);
    HttpResponse<String> refused = meta.post(body, WebhookSender.sign("not-the-app-secret", body));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(error(refused).getString("code")).isEqualTo("unauthorized");
    assertNothingStoredFor(callId);
  }

  @Test
  void aMissingSignatureIsRefusedAndNothingIsStored() {
    String callId = "wacid.unsigned-" + UUID.randomUUID();
    HttpResponse<String> refused = meta.post(connect(callId), null);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(error(refused).getString("message")).contains("X-Hub-Signature-256");
    assertNothingStoredFor(callId);
  }

  @Test
  void aSignatureOfOtherBytesIsRefused() {
    String callId = "wacid.tampered-" + UUID.randomUUID();
    byte[] body = connect(callId);
    String signature = WebhookSender.sign(WebhookSender.APP_SECRET, body);
    byte[] tampered = Arrays.copyOf(body, body.length);
    tampered[tampered.length - 3] = ' ';
    assertThat(meta.post(tampered, signature).statusCode()).isEqualTo(401);
    assertNothingStoredFor(callId);
  }

  @Test
  void anOversizedBodyIsRefused() {
    byte[] body = new byte[1024 * 1024 + 1];
    Arrays.fill(body, (byte) ' ');
    HttpResponse<String> refused = meta.post(body);
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(error(refused).getString("code")).isEqualTo("payload_too_large");
  }

  @Test
  void malformedJsonWithAValidSignatureIsAValidationFailure() {
    HttpResponse<String> refused = meta.post("{\"entry\": [ {\"id\": ");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(error(refused).getString("code")).isEqualTo("validation_failed");
    assertThat(meta.post("{\"hello\":\"world\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void aValidDeliveryIsStoredBeforeTheOk() {
    String callId = "wacid.valid-" + UUID.randomUUID();
    HttpResponse<String> ok = meta.post(connect(callId));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    // stored before the 200: the event is there at once, whatever its processing state
    Reply listed = sunrise.get("/api/v1/webhook-events?dedupeKey=" + key(callId));
    assertThat(listed.array()).hasSize(1);
  }

  private void assertNothingStoredFor(String callId) {
    Reply listed = sunrise.get("/api/v1/webhook-events?dedupeKey=" + key(callId));
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.array()).isEmpty();
  }

  private static String key(String callId) {
    return java.net.URLEncoder.encode("call:" + callId + ":connect", StandardCharsets.UTF_8);
  }

  static byte[] connect(String callId) {
    return WebhookSender.toSunrise(WebhookSender.fixture("uic-connect.json"))
        .replace("wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh", callId)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject error(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getJsonObject("error");
    }
  }
}
