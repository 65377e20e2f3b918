package dev.callgate.it.routing;

import static dev.callgate.it.routing.Inbound.advance;
import static dev.callgate.it.routing.Inbound.agent;
import static dev.callgate.it.routing.Inbound.api;
import static dev.callgate.it.routing.Inbound.awaitCall;
import static dev.callgate.it.routing.Inbound.awaitOffers;
import static dev.callgate.it.routing.Inbound.id;
import static dev.callgate.it.routing.Inbound.ringsFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http.Reply;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who a customer's call rings first (R1, R2), a signed payload's agent, an agent who never answers
 * (R9), the number's hours (S2), and the one-call-per-pair limit a ringing call imposes (L4).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboundChainIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void R1_R2_theContactsOwnerRingsWhenTheChatsAssigneeIsOffline() {
    Inbound.onlyOnline("arjun", "meera");
    Inbound.routing("ROUND_ROBIN", "meera");
    String customer = Inbound.customer(3);
    Reply contact =
        api.put(
            "/api/v1/contacts/" + customer,
            "{\"name\":\"Owned\",\"assigneeAgentId\":"
                + agent("kavya")
                + ",\"ownerAgentId\":"
                + agent("arjun")
                + "}");
    assertThat(contact.status()).as(contact.body()).isEqualTo(200);

    long call = id(Inbound.calls(customer, Inbound.US, null));
    List<JsonObject> offers = awaitOffers(call, o -> !o.isEmpty());
    assertThat(offers).hasSize(1);
    assertThat(offers.get(0).getJsonNumber("agentId").longValue()).isEqualTo(agent("arjun"));
    assertThat(offers.get(0).getString("step")).isEqualTo("OWNER");
  }

  @Test
  void R1_aCallFromASignedPayloadRingsTheNamedAgentFirst() {
    Inbound.onlyOnline("rahul", "meera");
    Inbound.routing("ROUND_ROBIN", "meera");
    long rahul = agent("rahul");
    String payload =
        api.get("/api/v1/agents/" + rahul + "/call-payload").json().getString("payload");

    long call = id(Inbound.calls(Inbound.customer(3), Inbound.US, payload));
    List<JsonObject> offers = awaitOffers(call, o -> !o.isEmpty());
    assertThat(offers.get(0).getJsonNumber("agentId").longValue()).isEqualTo(rahul);
    assertThat(offers.get(0).getString("step")).isEqualTo("PREFERRED");
    JsonObject read = Inbound.call(call);
    assertThat(read.getString("payload")).isEqualTo(payload);
    assertThat(read.getString("payloadSource")).isEqualTo("CALL_BUTTON");
  }

  @Test
  void R1_aForgedPayloadRingsNobodyInParticular() {
    Inbound.onlyOnline("rahul", "meera");
    Inbound.routing("ROUND_ROBIN", "meera");
    String forged = "agent:" + agent("rahul") + ".AAAAAAAAAAAAAAAAAAAAAA";

    long call = id(Inbound.calls(Inbound.customer(3), Inbound.US, forged));
    List<JsonObject> offers = awaitOffers(call, o -> !o.isEmpty());
    assertThat(offers).hasSize(1);
    assertThat(offers.get(0).getJsonNumber("agentId").longValue()).isEqualTo(agent("meera"));
    assertThat(offers.get(0).getString("step")).isEqualTo("POOL");
  }

  @Test
  void R9_anAgentWhoLetsThreeCallsInARowRingOutIsSetAwayAndToldWhy() {
    Inbound.onlyOnline("priya");
    Inbound.routing("ROUND_ROBIN", "priya");
    long priya = agent("priya");
    for (int i = 1; i <= 3; i++) {
      long call = id(Inbound.calls(Inbound.customer(3), Inbound.US, null));
      awaitOffers(call, o -> ringsFor(o, priya));
      advance(11);
      awaitCall(call, c -> c.getString("status").equals("MISSED"));
      assertThat(Inbound.agentJson("priya").getString("availability"))
          .isEqualTo(i < 3 ? "ONLINE" : "AWAY");
    }
    assertThat(Inbound.agentJson("priya").getString("availabilityReason"))
        .isEqualTo("did not answer 3 calls in a row");

    long fourth = id(Inbound.calls(Inbound.customer(3), Inbound.US, null));
    JsonObject missed = awaitCall(fourth, c -> c.getString("status").equals("MISSED"));
    assertThat(missed.getString("missReason"))
        .as("an AWAY agent is offered nothing")
        .isEqualTo("all_offline");
    assertThat(Inbound.offers(fourth)).isEmpty();
  }

  @Test
  void S2_outsideCallHoursOrOnAHolidayACallRingsNobodyAndIsMissed() {
    Inbound.onlyOnline("meera");
    Inbound.routing("ROUND_ROBIN", "meera");
    Instant now = Instant.parse(Inbound.control.get("/sandbox/v1/clock").json().getString("now"));
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    DayOfWeek closedToday = today.plusDays(3).getDayOfWeek();
    try {
      hours(
          "\"status\":\"ENABLED\",\"timezoneId\":\"UTC\",\"weeklyOperatingHours\":[{\"dayOfWeek\":\""
              + closedToday
              + "\",\"openTime\":\"0000\",\"closeTime\":\"2359\"}],"
              + "\"holidaySchedule\":[]");
      long call = id(Inbound.calls(Inbound.customer(3), Inbound.US, null));
      JsonObject missed = awaitCall(call, c -> c.getString("status").equals("MISSED"));
      assertThat(missed.getString("missedBy")).isEqualTo("AGENT");
      assertThat(missed.getString("missReason")).isEqualTo("outside_call_hours");
      assertThat(Inbound.offers(call)).isEmpty();

      StringBuilder week = new StringBuilder();
      for (DayOfWeek day : DayOfWeek.values()) {
        week.append(week.isEmpty() ? "" : ",")
            .append("{\"dayOfWeek\":\"" + day + "\",\"openTime\":\"0000\",\"closeTime\":\"2359\"}");
      }
      hours(
          "\"status\":\"ENABLED\",\"timezoneId\":\"UTC\",\"weeklyOperatingHours\":["
              + week
              + "],"
              + "\"holidaySchedule\":["
              + holiday(today)
              + ","
              + holiday(today.plusDays(1))
              + "]");
      long onHoliday = id(Inbound.calls(Inbound.customer(3), Inbound.US, null));
      assertThat(
              awaitCall(onHoliday, c -> c.getString("status").equals("MISSED"))
                  .getString("missReason"))
          .isEqualTo("temporarily_unavailable");
    } finally {
      Inbound.routing("ROUND_ROBIN", "meera");
    }
  }

  @Test
  void L4_aBusinessCallCannotStartWhileTheCustomersCallRings() {
    Inbound.onlyOnline("meera");
    Inbound.routing("ROUND_ROBIN", "meera");
    String customer = Inbound.customer(3);
    api.put(
        "/api/v1/contacts/" + customer,
        "{\"name\":\"Both ways\",\"assigneeAgentId\":" + agent("rahul") + "}");
    // the India number can place business calls; its hours are set aside for the test
    String before = api.get("/api/v1/numbers/" + Inbound.INDIA + "/calling-settings").body();
    try {
      Reply open =
          api.put(
              "/api/v1/numbers/" + Inbound.INDIA + "/calling-settings",
              Inbound.settings(
                  "\"status\":\"DISABLED\",\"timezoneId\":\"Asia/Kolkata\",\"weeklyOperatingHours\":[],"
                      + "\"holidaySchedule\":[]",
                  "{\"strategy\":\"ROUND_ROBIN\",\"pool\":["
                      + agent("meera")
                      + "],\"excluded\":[]}"));
      assertThat(open.status()).as(open.body()).isEqualTo(200);
      long call = id(Inbound.calls(customer, Inbound.INDIA, null));
      awaitOffers(call, o -> ringsFor(o, agent("meera")));

      JsonObject preflight =
          api.post(
                  "/api/v1/numbers/" + Inbound.INDIA + "/calls/preflight",
                  "{\"waId\":\"" + customer + "\",\"agentId\":" + agent("rahul") + "}")
              .json();
      // the customer's call granted callback permission (P3b), so the pair's one live call stops it
      assertThat(preflight.getBoolean("allowed")).isFalse();
      JsonObject error = preflight.getJsonObject("error");
      assertThat(error.getInt("code")).isEqualTo(138003);
      assertThat(error.getString("rule")).isEqualTo("L4");
      advance(31);
      awaitCall(call, c -> c.getString("status").equals("MISSED"));
    } finally {
      api.put("/api/v1/numbers/" + Inbound.INDIA + "/calling-settings", before);
    }
  }

  private static void hours(String callHours) {
    Reply put =
        api.put(
            "/api/v1/numbers/" + Inbound.US + "/calling-settings",
            Inbound.settings(callHours, null));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  private static String holiday(LocalDate date) {
    return "{\"date\":\"" + date + "\",\"startTime\":\"0000\",\"endTime\":\"2359\"}";
  }
}
