package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.Soap;
import dev.callgate.it.TestServer;
import dev.callgate.it.console.ConsoleSession;
import dev.callgate.it.webhooks.WebhookSender;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every body limit counts the bytes actually read, whatever Content-Length said or whether there
 * was one: REST (256 KiB), the webhook receiver (1 MiB), SOAP (1 MiB, before any parsing, with or
 * without a key) and the console's softphone channel (64 KiB) answer 413 in their error shape, and
 * the answer arrives even when the client keeps sending. Deep nesting is a parse error (400).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BodyLimitsIT {

  private static final long MIB = 1024 * 1024;
  private static final String CONTACT = "/api/v1/contacts/919800400500";

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @ParameterizedTest
  @ValueSource(longs = {300 * 1024, MIB, 11 * MIB, 64 * MIB})
  void aChunkedRestBodyOverTheLimitIs413(long size) {
    Reply reply = api.chunked("PUT", CONTACT, "application/json", "{\"name\":\"", size);

    Refusals.rest(reply, 413, "payload_too_large");
    assertThat(api.get(CONTACT).status()).isEqualTo(404);
  }

  @Test
  void aChunkedRestBodyUnderTheLimitIsReadWhole() {
    // read to its end: the name inside is too long for a contact, so the body was parsed
    String name = "x".repeat(200 * 1024);
    Reply reply = api.chunked("PUT", CONTACT, "application/json", "{\"name\":\"" + name + "\"}", 0);
    assertThat(Refusals.restFields(reply)).containsKey("name");
  }

  @Test
  void restJsonNestedAHundredThousandLevelsDeepIs400() {
    String deep = "{\"name\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThat(Refusals.restFields(api.put(CONTACT, deep)))
        .containsEntry("body", "is nested deeper than 64 levels");
  }

  @Test
  void aChunkedWebhookOverItsLimitIs413() {
    Reply reply =
        Http.withKey(null)
            .chunked("POST", "/api/webhooks/whatsapp", "application/json", "{\"entry\":[", 2 * MIB);
    Refusals.rest(reply, 413, "payload_too_large");
  }

  @Test
  void aSignedWebhookNestedAHundredThousandLevelsDeepIsAParseError() {
    byte[] deep =
        ("{\"object\":\"whatsapp_business_account\",\"entry\":"
                + "[".repeat(100_000)
                + "]".repeat(100_000)
                + "}")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> answer = new WebhookSender(TestServer.base()).post(deep);

    Reply reply = new Reply(answer.statusCode(), answer.body(), answer);
    assertThat(Refusals.restFields(reply).get("body")).contains("nested deeper than");
  }

  @Test
  void aSoapBodyOverTheLimitIsRefusedBeforeParsingWithAKey() {
    Reply reply =
        Http.withKey(TestServer.SUNRISE_KEY)
            .chunked("POST", Soap.PATH, "text/xml", "<not even xml", 2 * MIB);
    assertPayloadTooLargeFault(reply);
  }

  @Test
  void aSoapBodyOverTheLimitIsRefusedBeforeParsingWithoutAKey() {
    assertPayloadTooLargeFault(
        Http.withKey(null).chunked("POST", Soap.PATH, "text/xml", "<x>", 11 * MIB));
    assertPayloadTooLargeFault(
        Http.withKey(null).fixedLength("POST", Soap.PATH, "text/xml", "<x>", MIB + 1));
  }

  @Test
  void aSoftphoneBodyOverItsLimitIs413InTheSoftphonesShape() {
    ConsoleSession rahul = ConsoleSession.signIn("rahul@sunrise.example");
    String prefix = "{\"numberId\":\"106540352242922\",\"waId\":\"919812345678\",\"sdpOffer\":\"";

    Reply reply =
        rahul.send(
            "POST",
            "/console/softphone/calls",
            HttpRequest.BodyPublishers.ofInputStream(
                () ->
                    new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)),
                        new java.io.ByteArrayInputStream("x".repeat((int) MIB).getBytes()))));

    assertThat(reply.status()).as(reply.body()).isEqualTo(413);
    var error =
        Json.createReader(new StringReader(reply.body())).readObject().getJsonObject("error");
    assertThat(error.getString("code")).isEqualTo("payload_too_large");
  }

  private static void assertPayloadTooLargeFault(Reply reply) {
    Refusals.Fault fault = Refusals.soap(reply, 413);
    assertThat(fault.code()).isEqualTo("payload_too_large");
    assertThat(fault.faultCode()).isEqualTo("Client");
  }
}
