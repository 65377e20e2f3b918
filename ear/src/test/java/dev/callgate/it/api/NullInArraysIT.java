package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Soap;
import dev.callgate.it.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A null inside an array is refused as validation_failed naming its JSON path, wherever the array
 * is: it used to reach a module and fail there with a NullPointerException (500).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NullInArraysIT {

  private static final String NUMBER = "106540352242922";
  private static final String US_NUMBER = "106540352242933";
  private static final String SETTINGS = "/api/v1/numbers/" + US_NUMBER + "/calling-settings";

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[null]", "[\"Ana\", null]", "[null, null]"})
  void aNullTemplateParameterIsNamedNotACrash(String parameters) {
    var fields =
        Refusals.restFields(
            api.post(
                "/api/v1/numbers/" + NUMBER + "/permission-requests",
                "{\"waId\":\"919800100200\",\"kind\":\"TEMPLATE\",\"templateName\":\"order_call\","
                    + "\"templateLanguage\":\"en\",\"parameters\":"
                    + parameters
                    + "}"));

    int index = parameters.startsWith("[\"Ana\"") ? 1 : 0;
    assertThat(fields).containsEntry("parameters[" + index + "]", "must not be null");
    assertThat(api.get("/api/v1/numbers/" + NUMBER + "/permissions/919800100200/requests").array())
        .isEmpty();
  }

  @Test
  void nullWeeklyHoursAndHolidaysAreNamedAndTheSettingsStayAsTheyWere() {
    String before = api.get(SETTINGS).body();

    var fields =
        Refusals.restFields(
            api.put(
                SETTINGS,
                "{\"voiceCalls\":\"ENABLED\",\"callButtons\":\"DEFAULT\","
                    + "\"callbackRequests\":\"ENABLED\",\"callHours\":{\"status\":\"ENABLED\","
                    + "\"timezoneId\":\"America/Los_Angeles\",\"weeklyOperatingHours\":[null,"
                    + "{\"dayOfWeek\":\"MONDAY\",\"openTime\":\"0900\",\"closeTime\":\"1700\"}],"
                    + "\"holidaySchedule\":[{\"date\":\"2026-12-25\",\"startTime\":\"0000\","
                    + "\"endTime\":\"2359\"},null]}}"));

    assertThat(fields)
        .containsEntry("callHours.weeklyOperatingHours[0]", "must not be null")
        .containsEntry("callHours.holidaySchedule[1]", "must not be null")
        .hasSize(2);
    assertThat(api.get(SETTINGS).body()).isEqualTo(before);
  }

  @Test
  void aNullTemplateExampleIsNamed() {
    var fields =
        Refusals.restFields(
            api.post(
                "/api/v1/templates",
                "{\"name\":\"null_example\",\"language\":\"en\",\"category\":\"UTILITY\","
                    + "\"bodyText\":\"Hi {{1}}, may we call you?\",\"examples\":[null]}"));

    assertThat(fields).containsEntry("examples[0]", "must not be null");
  }

  @Test
  void aNullDeepInsideAFreeFormValueIsNamedToo() {
    var fields =
        Refusals.restFields(
            api.put(
                SETTINGS,
                "{\"voiceCalls\":\"ENABLED\",\"callButtons\":\"DEFAULT\","
                    + "\"callbackRequests\":\"ENABLED\",\"routing\":{\"pool\":[4,null]}}"));

    assertThat(fields).containsEntry("routing.pool[1]", "must not be null");
  }

  @Test
  void aNilTemplateParameterOverSoapIsAClientFaultNamingIt() {
    var fault =
        Refusals.soapInvalid(
            Soap.post(
                TestServer.SUNRISE_KEY,
                "",
                "<cg:requestPermission><numberId>"
                    + NUMBER
                    + "</numberId><waId>919800100201</waId><kind>TEMPLATE</kind>"
                    + "<templateName>order_call</templateName><templateLanguage>en"
                    + "</templateLanguage><parameters>Ana</parameters><parameters xsi:nil=\"true\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>"
                    + "</cg:requestPermission>"));

    assertThat(fault.fields()).containsEntry("parameters[1]", "must not be nil");
  }
}
