package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.Soap;
import dev.callgate.it.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
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
 * Names and texts are plain text: control characters (C0, DEL, C1), lone UTF-16 surrogates and
 * bytes that are not UTF-8 are refused and named, never stored (a database wrote a surrogate as
 * {@code ?}). Line breaks only where a text may have lines (a message body, an SDP offer).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlCharactersIT {

  private static final String CONTACT = "/api/v1/contacts/919800300400";

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  /** JSON escapes, so that the test source holds no raw control characters. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\u0000",
        "\\u0007",
        "\\u001b[31m",
        "\\u007f",
        "\\u0085",
        "\\u009b",
        "\\ud800",
        "\\udfff x",
        "\\ufffe",
        "\\n",
        "\\r",
        "\\t"
      })
  void aContactNameWithAControlCharacterIsRefusedAndNotStored(String escaped) {
    api.put(CONTACT, "{\"name\":\"Plain Name\"}");

    var fields = Refusals.restFields(api.put(CONTACT, "{\"name\":\"Bad" + escaped + "Name\"}"));

    assertThat(fields).containsOnlyKeys("name");
    assertThat(api.get(CONTACT).json().getString("name")).isEqualTo("Plain Name");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNotReplaced() throws Exception {
    // ED A0 80 is a surrogate encoded as UTF-8, which UTF-8 forbids; FF is never UTF-8
    for (byte[] bad : new byte[][] {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}}) {
      byte[] start = "{\"name\":\"Bad".getBytes(StandardCharsets.UTF_8);
      byte[] end = "Name\"}".getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[start.length + bad.length + end.length];
      System.arraycopy(start, 0, body, 0, start.length);
      System.arraycopy(bad, 0, body, start.length, bad.length);
      System.arraycopy(end, 0, body, start.length + bad.length, end.length);

      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(TestServer.uri(CONTACT).toString()))
                      .header("Authorization", "Bearer " + TestServer.SUNRISE_KEY)
                      .header("Content-Type", "application/json")
                      .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      var fields = Refusals.restFields(new Reply(answer.statusCode(), answer.body(), answer));
      assertThat(fields).containsEntry("body", "is not valid UTF-8");
    }
  }

  @Test
  void aLineBreakIsFineInAMessageBodyButAControlCharacterIsNot() {
    String path = "/api/v1/numbers/106540352242922/permission-requests";
    Reply lines =
        api.post(
            path,
            "{\"waId\":\"919800300401\",\"kind\":\"INTERACTIVE\",\"bodyText\":\"May we call?\\n"
                + "About your order.\"}");
    // refused for the closed customer service window (T3), not for the line break
    assertThat(Refusals.restFields(lines)).doesNotContainKey("bodyText");

    Reply escape =
        api.post(
            path,
            "{\"waId\":\"919800300401\",\"kind\":\"INTERACTIVE\",\"bodyText\":\"May we\\u001bcall?\"}");
    assertThat(Refusals.restFields(escape)).containsKey("bodyText");
  }

  @Test
  void templateTextsAndExamplesAreCheckedToo() {
    var fields =
        Refusals.restFields(
            api.post(
                "/api/v1/templates",
                "{\"name\":\"ctl_check\",\"language\":\"en\",\"category\":\"UTILITY\","
                    + "\"headerText\":\"Head\\u0007\",\"bodyText\":\"Hi {{1}}\\u0000\","
                    + "\"examples\":[\"An\\u0085a\"]}"));

    assertThat(fields).containsKeys("headerText", "bodyText", "examples[0]");
  }

  @Test
  void aQueryParameterWithAControlCharacterIsNamed() {
    assertThat(Refusals.restFields(api.get("/api/v1/webhook-events?dedupeKey=a%1Bb")))
        .containsKey("dedupeKey");
  }

  @Test
  void aSoapTextWithAC1ControlIsAClientFaultNamingIt() {
    var fault =
        Refusals.soapInvalid(
            Soap.post(
                TestServer.SUNRISE_KEY,
                "",
                "<cg:requestPermission><numberId>106540352242922</numberId>"
                    + "<waId>919800300402</waId><kind>INTERACTIVE</kind>"
                    + "<bodyText>May we&#x85;call?</bodyText></cg:requestPermission>"));
    assertThat(fault.fields()).containsKey("bodyText");
    assertThat(fault.fields().get("bodyText")).contains("U+0085");
  }

  @Test
  void aSoapTemplateParameterMustBeOneLine() {
    var fault =
        Refusals.soapInvalid(
            Soap.post(
                TestServer.SUNRISE_KEY,
                "",
                "<cg:requestPermission><numberId>106540352242922</numberId>"
                    + "<waId>919800300402</waId><kind>TEMPLATE</kind><templateName>order_call"
                    + "</templateName><templateLanguage>en</templateLanguage>"
                    + "<parameters>An&#10;a</parameters></cg:requestPermission>"));
    assertThat(fault.fields()).containsKey("parameters[0]");
  }

  @Test
  void aSoapCharacterXmlCannotCarryIsAClientFaultToo() {
    var fault =
        Refusals.soapInvalid(
            Soap.post(
                TestServer.SUNRISE_KEY,
                "",
                "<cg:quote><waId>&#x1b;17872345678</waId><seconds>60</seconds></cg:quote>"));
    assertThat(fault.fields()).containsKey("body");
  }
}
