package dev.callgate.it.api;

import static dev.callgate.it.Soap.enumArgument;
import static dev.callgate.it.Soap.faultInfo;
import static dev.callgate.it.Soap.invoke;
import static dev.callgate.it.Soap.property;
import static dev.callgate.it.Xml.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.Soap;
import dev.callgate.it.TestServer;
import dev.callgate.it.Xml;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.datatype.XMLGregorianCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The SOAP CallingService as an integrator meets it: through a client generated from the served
 * WSDL, and through raw envelopes where authentication is the point. What SOAP changes, REST must
 * see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SoapIT {

  private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
  private static final String SUNRISE_NUMBER = "106540352242922";
  private static final String WSDL_SOAP = "http://schemas.xmlsoap.org/wsdl/soap/";

  /** The operations whose module is deployed; the others wait for a later module. */
  private static final List<String> IMPLEMENTED =
      List.of(
          "setAgentAvailability",
          "requestPermission",
          "preflightPermissionRequest",
          "getPermission",
          "preflightCall",
          "startCall",
          "terminateCall",
          "getCall",
          "getWalletBalance",
          "quote");

  /** The contract's operations, and the request pre-flight added to them. */
  private static final List<String> OPERATIONS =
      List.of(
          "requestPermission",
          "preflightPermissionRequest",
          "getPermission",
          "preflightCall",
          "startCall",
          "terminateCall",
          "getCall",
          "listCalls",
          "setAgentAvailability",
          "getWalletBalance",
          "quote");

  /** Whole-number parameters have no default: a missing one is refused, never read as 0. */
  private static final Map<String, String> REQUIRED_ARGUMENTS =
      Map.of("listCalls", "<page>0</page><size>20</size>");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @AfterAll
  static void destroyClient() {
    Soap.destroy();
  }

  @Test
  void theWsdlIsPublicAndDeclaresTheTenOperationsDocumentLiteral() {
    Reply reply = Http.withKey(null).get(Soap.PATH + "?wsdl");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Element definitions = Xml.parse(reply.body()).getDocumentElement();

    assertThat(definitions.getAttribute("targetNamespace")).isEqualTo(Soap.NAMESPACE);
    assertThat(Xml.attributes(definitions, WSDL, "service", "name"))
        .containsExactly("CallingService");
    assertThat(Xml.attributes(definitions, WSDL, "portType", "name"))
        .containsExactly("CallingService");
    Element portType = (Element) definitions.getElementsByTagNameNS(WSDL, "portType").item(0);
    assertThat(Xml.attributes(portType, WSDL, "operation", "name"))
        .containsExactlyInAnyOrderElementsOf(OPERATIONS);
    assertThat(Xml.attributes(portType, WSDL, "fault", "name"))
        .hasSize(OPERATIONS.size())
        .containsOnly("CallingFault");
    assertThat(Xml.attributes(definitions, WSDL_SOAP, "binding", "style"))
        .containsExactly("document");
    assertThat(Xml.attributes(definitions, WSDL_SOAP, "body", "use")).containsOnly("literal");
  }

  @Test
  void setAgentAvailabilitySwitchesAnAgentAndRestSeesTheChange() throws Exception {
    long kavya = kavya();

    Object agent =
        invoke(TestServer.SUNRISE_KEY, "setAgentAvailability", kavya, availability("ONLINE"));
    assertThat(property(agent, "id")).isEqualTo(kavya);
    assertThat(property(agent, "email")).isEqualTo("kavya@sunrise.example");
    assertThat(((Enum<?>) property(agent, "role")).name()).isEqualTo("ADMIN");
    assertThat(((Enum<?>) property(agent, "availability")).name()).isEqualTo("ONLINE");
    assertThat(availabilityOverRest(TestServer.SUNRISE_KEY, kavya)).isEqualTo("ONLINE");

    invoke(TestServer.SUNRISE_KEY, "setAgentAvailability", kavya, availability("OFFLINE"));
    assertThat(availabilityOverRest(TestServer.SUNRISE_KEY, kavya)).isEqualTo("OFFLINE");
  }

  @Test
  void P1_getPermissionAnswersWhatRestAnswers() throws Exception {
    String waId = "4479" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
    Object permission = invoke(TestServer.SUNRISE_KEY, "getPermission", SUNRISE_NUMBER, waId);

    assertThat(((Enum<?>) property(permission, "status")).name()).isEqualTo("NONE");
    assertThat(property(property(permission, "requestLimits"), "canRequest")).isEqualTo(true);
    assertThat(property(property(permission, "callLimits"), "blockingRule")).isEqualTo("P1");
    Reply rest =
        Http.withKey(TestServer.SUNRISE_KEY)
            .get("/api/v1/numbers/" + SUNRISE_NUMBER + "/permissions/" + waId);
    assertThat(rest.json().getString("status")).isEqualTo("NONE");
  }

  @Test
  void T3_requestPermissionFaultsWithTheErrorRestGives() throws Exception {
    String waId = "4479" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
    Object kind = enumArgument("requestPermission", 2, "INTERACTIVE");

    Object error =
        faultInfo(
            () ->
                invoke(
                    TestServer.SUNRISE_KEY,
                    "requestPermission",
                    SUNRISE_NUMBER,
                    waId,
                    kind,
                    "May we call you about your order?",
                    null,
                    null,
                    List.of()));

    assertThat(property(error, "code")).isEqualTo("validation_failed");
    assertThat(property(error, "rule")).isEqualTo("T3");
  }

  @Test
  void A2_anAgentOfAnotherBusinessIsAFaultWithCodeNotFound() throws Exception {
    long kavya = kavya();
    String before = availabilityOverRest(TestServer.SUNRISE_KEY, kavya);

    Object error =
        faultInfo(
            () ->
                invoke(
                    TestServer.AURORA_KEY,
                    "setAgentAvailability",
                    kavya,
                    availability(opposite(before))));

    assertThat(property(error, "code")).isEqualTo("not_found");
    assertThat((String) property(error, "title")).isNotBlank();
    assertThat((String) property(error, "resolution")).isNotBlank();
    assertThat(availabilityOverRest(TestServer.SUNRISE_KEY, kavya)).isEqualTo(before);
  }

  @Test
  void anOperationWithoutItsModuleIsANotImplementedFaultNotAFakeAnswer() throws Exception {
    Object error = faultInfo(() -> invoke(TestServer.SUNRISE_KEY, "listCalls", null, 0, 20));

    assertThat(property(error, "code")).isEqualTo("not_implemented");
    assertThat((String) property(error, "message"))
        .startsWith("listCalls is not available yet")
        .contains("calls");
    // instants are typed xs:dateTime, so a generated client gets a date type, not a string
    assertThat(error.getClass().getMethod("getRetryAfter").getReturnType())
        .isEqualTo(XMLGregorianCalendar.class);
  }

  @Test
  void B5_getWalletBalanceAnswersWhatRestAnswers() throws Exception {
    Object balance = invoke(TestServer.AURORA_KEY, "getWalletBalance");

    JsonObject rest = Http.withKey(TestServer.AURORA_KEY).get("/api/v1/wallet").json();
    assertThat(property(balance, "balance")).isEqualTo(rest.getString("balance"));
    assertThat(property(balance, "currency")).isEqualTo("USD");
    assertThat(property(balance, "blocked")).isEqualTo(rest.getBoolean("blocked"));
  }

  @Test
  void B3_quoteAnswersWhatRestAnswers() throws Exception {
    Object quote = invoke(TestServer.SUNRISE_KEY, "quote", "17872345678", 30);

    assertThat(property(quote, "market")).isEqualTo("Rest of Latin America");
    assertThat(property(quote, "ratePerMinute")).isEqualTo("0.012200");
    assertThat(property(quote, "pulses")).isEqualTo(5);
    assertThat(property(quote, "cost")).isEqualTo("0.006100");
    assertThat(property(quote, "currency")).isEqualTo("USD");
  }

  @Test
  void B4_quoteFaultsLikeRestForAnNaMarketABadWaIdAndANegativeDuration() throws Exception {
    Object unpriced = faultInfo(() -> invoke(TestServer.SUNRISE_KEY, "quote", "16502530000", 60));
    assertThat(property(unpriced, "code")).isEqualTo("no_rate_for_market");
    assertThat(property(unpriced, "rule")).isEqualTo("B4");

    Object invalid = faultInfo(() -> invoke(TestServer.SUNRISE_KEY, "quote", "12345", 60));
    assertThat(property(invalid, "code")).isEqualTo("validation_failed");

    Object negative = faultInfo(() -> invoke(TestServer.SUNRISE_KEY, "quote", "919812345678", -1));
    assertThat(property(negative, "code")).isEqualTo("validation_failed");
  }

  @ParameterizedTest
  @MethodSource("operationsWithoutTheirModule")
  void everyOperationWithoutItsModuleFaultsWithNotImplemented(String operation) {
    String arguments = REQUIRED_ARGUMENTS.getOrDefault(operation, "");
    Reply reply =
        Soap.post(
            TestServer.SUNRISE_KEY,
            "",
            "<cg:" + operation + ">" + arguments + "</cg:" + operation + ">");

    assertThat(reply.status()).as(reply.body()).isEqualTo(500);
    Element error = Soap.faultDetail(reply);
    assertThat(text(error, "code")).isEqualTo("not_implemented");
    assertThat(text(error, "message")).startsWith(operation + " is not available yet: ");
  }

  @Test
  void A2_noKeyIsRefusedWith401AndASoapFault() {
    long kavya = kavya();
    String before = availabilityOverRest(TestServer.SUNRISE_KEY, kavya);

    Reply reply = Soap.post(null, "", setAvailability(kavya, opposite(before)));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
    assertThat(text(Soap.faultDetail(reply), "code")).isEqualTo("unauthorized");
    assertThat(availabilityOverRest(TestServer.SUNRISE_KEY, kavya)).isEqualTo(before);
  }

  @Test
  void A2_aUsernameTokenWithTheKeyAsPasswordAuthenticates() {
    JsonObject agent =
        Http.withKey(TestServer.AURORA_KEY).get("/api/v1/agents").array().getJsonObject(0);
    long id = agent.getJsonNumber("id").longValue();
    String before = agent.getString("availability");
    // mustUnderstand, as WS-Security stacks send it: the endpoint has to accept the header
    String security = Soap.usernameTokenHeader("integrator", TestServer.AURORA_KEY);
    try {
      Reply reply = Soap.post(null, security, setAvailability(id, opposite(before)));

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      Element response =
          Xml.first(Xml.parse(reply.body()), Soap.NAMESPACE, "setAgentAvailabilityResponse");
      assertThat(text(Xml.child(response, "agent"), "availability")).isEqualTo(opposite(before));
      assertThat(availabilityOverRest(TestServer.AURORA_KEY, id)).isEqualTo(opposite(before));
    } finally {
      Http.withKey(TestServer.AURORA_KEY)
          .put("/api/v1/agents/" + id + "/availability", "{\"availability\":\"" + before + "\"}");
    }
  }

  static Stream<String> operationsWithoutTheirModule() {
    return OPERATIONS.stream().filter(operation -> !IMPLEMENTED.contains(operation));
  }

  private static Object availability(String constant) {
    return enumArgument("setAgentAvailability", 1, constant);
  }

  private static String setAvailability(long agentId, String availability) {
    return "<cg:setAgentAvailability><agentId>"
        + agentId
        + "</agentId><availability>"
        + availability
        + "</availability></cg:setAgentAvailability>";
  }

  private static String opposite(String availability) {
    return availability.equals("ONLINE") ? "OFFLINE" : "ONLINE";
  }

  private static long kavya() {
    return agent(TestServer.SUNRISE_KEY, a -> a.getString("email").equals("kavya@sunrise.example"))
        .getJsonNumber("id")
        .longValue();
  }

  private static String availabilityOverRest(String apiKey, long id) {
    return agent(apiKey, a -> a.getJsonNumber("id").longValue() == id).getString("availability");
  }

  private static JsonObject agent(String apiKey, Predicate<JsonObject> which) {
    return Http.withKey(apiKey).get("/api/v1/agents").array().getValuesAs(JsonObject.class).stream()
        .filter(which)
        .findFirst()
        .orElseThrow();
  }
}
