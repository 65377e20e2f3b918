package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Soap;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value its field cannot hold exactly is refused, never rounded, wrapped or clamped: numbers
 * beyond their type or with a fraction, strings where numbers are due, dates outside 1970-9999, in
 * bodies, query parameters and SOAP parameters alike. A whole value is taken however it is written
 * ({@code 4.0} and {@code 4e0} are 4): what counts is that nothing reaches Callgate altered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutOfRangeValuesIT {

  private static final String CONTACT = "/api/v1/contacts/919800200300";
  private static final String SETTINGS = "/api/v1/numbers/106540352242933/calling-settings";

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "18446744073709551620 | must be between",
        "9223372036854775808  | must be between",
        "-9223372036854775809 | must be between",
        "1e400                | must be between",
        "4.9                  | must be a whole number",
        "4.000000001          | must be a whole number",
        "1e-7                 | must be a whole number",
        "\"4\"                | must be a whole number",
        "true                 | must be a whole number"
      })
  void anAgentIdItsTypeCannotHoldIsRefusedAndNothingIsStored(String value, String problem) {
    api.put(CONTACT, "{\"name\":\"Range\",\"assigneeAgentId\":3}");

    var fields =
        Refusals.restFields(
            api.put(CONTACT, "{\"name\":\"Range\",\"assigneeAgentId\":" + value + "}"));

    assertThat(fields).containsOnlyKeys("assigneeAgentId");
    assertThat(fields.get("assigneeAgentId")).startsWith(problem);
    assertThat(api.get(CONTACT).json().getInt("assigneeAgentId")).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "4.0", "4e0", "40e-1"})
  void aWholeValueIsTakenHoweverItIsWritten(String four) {
    JsonObject saved =
        api.put(CONTACT, "{\"name\":\"Range\",\"assigneeAgentId\":" + four + "}").json();
    assertThat(saved.getInt("assigneeAgentId")).isEqualTo(4);
  }

  @Test
  void aFractionalAgentInAPreflightIsRefused() {
    var fields =
        Refusals.restFields(
            api.post(
                "/api/v1/numbers/106540352242922/calls/preflight",
                "{\"waId\":\"919812345678\",\"agentId\":4.5}"));
    assertThat(fields).containsEntry("agentId", "must be a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-25", "10000-01-01", "0001-01-01", "1969-12-31"})
  void aHolidayOutsideTheCalendarInUseIsRefused(String date) {
    String before = api.get(SETTINGS).body();

    var fields = Refusals.restFields(api.put(SETTINGS, settingsWithHoliday(date)));

    assertThat(fields).containsKey("callHours.holidaySchedule[0].date");
    assertThat(api.get(SETTINGS).body()).isEqualTo(before);
  }

  @Test
  void aDayThatDoesNotExistIsRefused() {
    var fields = Refusals.restFields(api.put(SETTINGS, settingsWithHoliday("2026-02-30")));
    assertThat(fields).containsKey("callHours.holidaySchedule[0].date");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/webhook-events?limit=abc                         | limit",
        "/api/v1/webhook-events?limit=0                           | limit",
        "/api/v1/webhook-events?limit=501                         | limit",
        "/api/v1/webhook-events?limit=1e2                         | limit",
        "/api/v1/webhook-events?limit=99999999999999999999        | limit",
        "/api/v1/wallet/ledger?size=4.5                           | size",
        "/api/v1/wallet/ledger?page=2147483648                    | page",
        "/api/v1/wallet/ledger?from=%2B999999999-01-01T00:00:00Z  | from",
        "/api/v1/wallet/ledger?to=1969-12-31T23:59:59Z            | to",
        "/api/v1/rates/quote?waId=17872345678&seconds=99999999999 | seconds"
      })
  void aQueryParameterOutOfRangeIsNamed(String path, String parameter) {
    assertThat(Refusals.restFields(api.get(path))).containsKey(parameter);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<agentId>4.9</agentId>                  | must be a whole number",
        "<agentId>18446744073709551620</agentId> | must be between",
        "<agentId>4e0</agentId>                  | must be a whole number",
        "<agentId></agentId>                     | must be a whole number",
        "''                                      | is required"
      })
  void aSoapNumberJaxbWouldAlterIsAClientFault(String agentId, String problem) {
    var fault =
        Refusals.soapInvalid(
            Soap.post(
                TestServer.SUNRISE_KEY,
                "",
                "<cg:setAgentAvailability>"
                    + agentId
                    + "<availability>ONLINE</availability></cg:setAgentAvailability>"));

    assertThat(fault.fields()).containsOnlyKeys("agentId");
    assertThat(fault.fields().get("agentId")).startsWith(problem);
  }

  @Test
  void anUnknownSoapConstantIsNamedNotReadAsNull() {
    var fault =
        Refusals.soapInvalid(
            Soap.post(
                TestServer.SUNRISE_KEY,
                "",
                "<cg:setAgentAvailability><agentId>5</agentId><availability>BUSY</availability>"
                    + "</cg:setAgentAvailability>"));
    assertThat(fault.fields())
        .containsEntry("availability", "must be one of [ONLINE, AWAY, OFFLINE]");
  }

  private static String settingsWithHoliday(String date) {
    return "{\"voiceCalls\":\"ENABLED\",\"callButtons\":\"DEFAULT\",\"callbackRequests\":"
        + "\"ENABLED\",\"callHours\":{\"status\":\"ENABLED\",\"timezoneId\":"
        + "\"America/Los_Angeles\",\"weeklyOperatingHours\":[],\"holidaySchedule\":[{\"date\":\""
        + date
        + "\",\"startTime\":\"0000\",\"endTime\":\"2359\"}]}}";
  }
}
