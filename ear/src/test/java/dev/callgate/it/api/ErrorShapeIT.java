package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Await;
import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.SandboxIntake;
import dev.callgate.it.Soap;
import dev.callgate.it.TestServer;
import dev.callgate.it.webhooks.WebhookSender;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One error shape everywhere: SOAP refusals are faults with the CallingError detail, soap:Client
 * for the caller's mistakes and soap:Server only for Callgate's own, never the parser's words;
 * every path under /api answers JSON, not the server's HTML; instants answered are the instants
 * stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorShapeIT {

  private static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String NUMBER = "106540352242922";

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<soapenv:Envelope",
        "{\"getWalletBalance\":{}}",
        "plain text, not XML",
        "",
        "<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>",
        "<Envelope><Body><getWalletBalance/></Body></Envelope>",
        "<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Body>"
            + "<cg:getWalletBalance xmlns:cg=\"urn:callgate:calling:v1\"/></e:Body></e:Envelope>",
        "<soapenv:Envelope xmlns:soapenv=\""
            + ENVELOPE_NS
            + "\"><soapenv:Header/></soapenv:Envelope>"
      })
  void aBodyThatIsNotASoap11EnvelopeIsAClientFaultWithoutParserWords(String body) {
    Reply reply = Http.withKey(TestServer.SUNRISE_KEY).send("POST", Soap.PATH, "text/xml", body);

    Refusals.Fault fault = Refusals.soapInvalid(reply);
    assertThat(fault.fields()).containsKey("body");
    assertThat(reply.body())
        .doesNotContain("XMLStreamReader")
        .doesNotContain("Exception")
        .doesNotContain("Unexpected character")
        .doesNotContain("[row,col");
  }

  @Test
  void anOperationInAnotherNamespaceIsAClientFault() {
    Reply reply =
        Soap.post(TestServer.SUNRISE_KEY, "", "<x:getWalletBalance xmlns:x=\"urn:other\"/>");
    assertThat(Refusals.soapInvalid(reply).fields()).containsKey("operation");
  }

  @Test
  void aHeaderNobodyUnderstandsIsAClientFault() {
    Reply reply =
        Soap.post(
            TestServer.SUNRISE_KEY,
            "<soapenv:Header><x:Trace soapenv:mustUnderstand=\"1\" xmlns:x=\"urn:x\"/>"
                + "</soapenv:Header>",
            "<cg:getWalletBalance/>");
    assertThat(Refusals.soapInvalid(reply).faultString()).doesNotContain("Exception");
  }

  @Test
  void aServiceRefusalIsAClientFaultAndAnUpstreamFailureAServerOne() {
    Refusals.Fault invalid =
        Refusals.soapInvalid(
            Soap.post(
                TestServer.SUNRISE_KEY,
                "",
                "<cg:quote><waId>12345</waId><seconds>60</seconds></cg:quote>"));
    assertThat(invalid.fields()).containsKey("waId");

    Refusals.Fault unpriced =
        Refusals.soap(
            Soap.post(
                TestServer.SUNRISE_KEY,
                "",
                "<cg:quote><waId>16502530000</waId><seconds>60</seconds></cg:quote>"),
            500);
    assertThat(unpriced.code()).isEqualTo("no_rate_for_market");
    assertThat(unpriced.faultCode()).isEqualTo("Client");

    // the caller did nothing wrong when Meta is down: that fault is the server's
    String waId = customerWhoWrote();
    SandboxIntake.fail(NUMBER, waId, "call_permission_request", 503, 131000);
    try {
      Refusals.Fault down =
          Refusals.soap(
              Soap.post(
                  TestServer.SUNRISE_KEY,
                  "",
                  "<cg:requestPermission><numberId>"
                      + NUMBER
                      + "</numberId><waId>"
                      + waId
                      + "</waId><kind>INTERACTIVE</kind>"
                      + "<bodyText>May we call you?</bodyText></cg:requestPermission>"),
              500);
      assertThat(down.code()).isEqualTo("upstream_unavailable");
      assertThat(down.faultCode()).isEqualTo("Server");
    } finally {
      SandboxIntake.clear();
    }
  }

  /** A fresh customer whose message Callgate has seen: the service window is open (T3). */
  private static String customerWhoWrote() {
    String waId = "4479" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    Http control = Http.withKey(null);
    Reply user =
        control.put(
            "/sandbox/v1/users/" + waId, "{\"name\":\"Shape\",\"onPermissionRequest\":\"IGNORE\"}");
    assertThat(user.status()).as(user.body()).isEqualTo(200);
    Reply wrote =
        control.post(
            "/sandbox/v1/users/" + waId + "/messages",
            "{\"numberId\":\"" + NUMBER + "\",\"text\":\"Hi\"}");
    assertThat(wrote.status()).as(wrote.body()).isBetween(200, 202);
    Http api = Http.withKey(TestServer.SUNRISE_KEY);
    Await.until(
        () -> api.get("/api/v1/numbers/" + NUMBER + "/permissions/" + waId).json(),
        p -> p.containsKey("serviceWindowEndsAt") && !p.isNull("serviceWindowEndsAt"),
        Duration.ofSeconds(20));
    return waId;
  }

  @Test
  void aWrongWsSecurityPasswordSaysTheCredentialsAreInvalid() {
    Reply reply =
        Soap.post(null, Soap.usernameTokenHeader("sunrise", "cg_wrong"), "<cg:getWalletBalance/>");

    Refusals.Fault fault = Refusals.soap(reply, 401);
    assertThat(fault.code()).isEqualTo("unauthorized");
    assertThat(fault.faultCode()).isEqualTo("Client");
    assertThat(fault.faultString())
        .contains("WS-Security credentials are invalid")
        .doesNotContain("No API key");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/V1/wallet",
        "/api/nope",
        "/api/",
        "/api/v2/numbers",
        "/api/v1/no-such-thing",
        "/api/webhooks",
        "/api/soap/Other"
      })
  void anUnknownPathUnderApiIsTheJson404(String path) {
    Refusals.rest(api.get(path), 404, "not_found");
  }

  @Test
  void aMalformedLimitIsNamedNotANotFound() {
    assertThat(Refusals.restFields(api.get("/api/v1/webhook-events?limit=abc")))
        .containsEntry("limit", "must be a whole number");
  }

  @Test
  void sandboxClockRefusalsCarryACode() {
    Refusals.rest(clock("{\"offsetSeconds\":1}", "sha256=00"), 401, "unauthorized");

    String negative = "{\"offsetSeconds\":-5}";
    Reply refused = clock(negative, WebhookSender.sign(WebhookSender.APP_SECRET, bytes(negative)));
    assertThat(Refusals.restFields(refused)).containsKey("offsetSeconds");

    String broken = "{\"offsetSeconds\":";
    Reply unreadable = clock(broken, WebhookSender.sign(WebhookSender.APP_SECRET, bytes(broken)));
    assertThat(Refusals.restFields(unreadable)).containsKey("body");
  }

  @Test
  void aTopUpAnswersTheInstantItsLedgerLineKeeps() {
    String reference = "precision-" + UUID.randomUUID();
    Reply created =
        api.post(
            "/api/v1/wallet/top-ups", "{\"amount\":\"0.01\",\"reference\":\"" + reference + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    JsonObject line =
        api.get("/api/v1/wallet/ledger?size=200").json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(l -> reference.equals(l.getString("reference", null)))
            .findFirst()
            .orElseThrow();
    assertThat(line.getString("recordedAt")).isEqualTo(created.json().getString("recordedAt"));
    assertThat(
            api.post(
                    "/api/v1/wallet/top-ups",
                    "{\"amount\":\"0.01\",\"reference\":\"" + reference + "\"}")
                .json()
                .getString("recordedAt"))
        .isEqualTo(line.getString("recordedAt"));
  }

  @Test
  void aContactAnswersTheInstantItKeeps() {
    String saved =
        api.put("/api/v1/contacts/919800500600", "{\"name\":\"Precise\"}")
            .json()
            .getString("updatedAt");
    assertThat(api.get("/api/v1/contacts/919800500600").json().getString("updatedAt"))
        .isEqualTo(saved);
  }

  @Test
  void aTemplateAnswersTheInstantsItKeeps() {
    JsonObject created =
        api.post(
                "/api/v1/templates",
                "{\"name\":\"precise_"
                    + Long.toHexString(System.nanoTime())
                    + "\",\"language\":\"en\",\"category\":\"UTILITY\",\"bodyText\":"
                    + "\"Hi {{1}}, may we call you?\",\"examples\":[\"Ana\"]}")
            .json();
    JsonObject read = api.get("/api/v1/templates/" + created.getInt("id")).json();
    assertThat(read.getString("createdAt")).isEqualTo(created.getString("createdAt"));
  }

  private static Reply clock(String body, String signature) {
    return Http.withKey(null)
        .withHeader("X-Hub-Signature-256", signature)
        .post("/api/sandbox/clock", body);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
