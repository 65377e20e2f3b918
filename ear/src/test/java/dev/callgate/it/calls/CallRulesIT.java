package dev.callgate.it.calls;

import static dev.callgate.it.calls.Customer.advance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pre-flight (L7) names each rule that stops a business call, with its code and, when the
 * refusal ends at a known instant, until when; the real start gives the same refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallRulesIT {

  static final String INDIA = OutboundCallsIT.INDIA;
  static final String US = "106540352242933";
  static final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);
  static long rahul;
  static long meera;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @BeforeAll
  static void agents() {
    rahul = Customer.agent(sunrise, "rahul@sunrise.example");
    meera = Customer.agent(sunrise, "meera@sunrise.example");
  }

  @Test
  void P1_noPermissionEverGranted() {
    Customer customer = OutboundCallsIT.answering(5).assignedTo(rahul);
    refused(customer.preflight(rahul), 138006, "P1");
    Reply start = customer.start(rahul);
    assertThat(start.status()).isEqualTo(403);
    assertThat(start.error().getInt("code")).isEqualTo(138006);
  }

  @Test
  void L6_onlyTheAssignedAgentMayCall() {
    Customer unassigned = OutboundCallsIT.answering(5).granted();
    JsonObject error = refused(unassigned.preflight(rahul), "chat_not_assigned_to_agent", "L6");
    assertThat(error.getString("message")).contains("not assigned");

    Customer someoneElses = OutboundCallsIT.answering(5).granted().assignedTo(meera);
    refused(someoneElses.preflight(rahul), "chat_not_assigned_to_agent", "L6");
    assertThat(someoneElses.preflight(meera).json().getBoolean("allowed")).isTrue();
  }

  @Test
  void L3_aUsBusinessNumberCannotCallOut() {
    Customer customer = Customer.fresh(sunrise, US, "{\"onCall\":\"ANSWER\"}").assignedTo(rahul);
    refused(customer.preflight(rahul), 138013, "L3");
  }

  @Test
  void B4_aDestinationWithoutARateIsRefused() {
    Customer american =
        Customer.freshWith(sunrise, INDIA, "1650253" + (1000 + (int) (Math.random() * 8999)), "{}")
            .granted()
            .assignedTo(rahul);
    refused(american.preflight(rahul), "no_rate_for_market", "B4");
  }

  @Test
  void L4_oneOngoingCallPerPair() {
    Customer customer =
        Customer.fresh(sunrise, INDIA, "{\"onCall\":\"NO_ANSWER\"}").granted().assignedTo(rahul);
    long id = customer.start(rahul).json().getJsonNumber("id").longValue();
    customer.awaitCall(id, c -> c.getString("status").equals("RINGING"));

    refused(customer.preflight(rahul), 138003, "L4");
    Reply second = customer.start(rahul);
    assertThat(second.status()).isEqualTo(409);

    advance(Duration.ofSeconds(31));
    customer.awaitCall(id, c -> c.getString("status").equals("MISSED"));
    assertThat(customer.preflight(rahul).json().getBoolean("allowed")).isTrue();
  }

  @Test
  void L2_atMostFiveBusinessCallsPerPairIn24Hours() {
    Customer customer =
        Customer.fresh(sunrise, INDIA, "{\"onCall\":\"REJECT\"}").granted().assignedTo(rahul);
    Instant first = null;
    for (int i = 0; i < 5; i++) {
      if (i == 4) {
        // four rejected calls in a row revoked the permission (P8): the customer grants it again
        customer.granted();
      }
      JsonObject started = customer.start(rahul).json();
      long id = started.getJsonNumber("id").longValue();
      first = first == null ? Instant.parse(started.getString("startedAt")) : first;
      customer.awaitCall(id, c -> c.getString("status").equals("MISSED"));
    }

    JsonObject error = refused(customer.preflight(rahul), 138012, "L2");
    assertThat(Instant.parse(error.getString("retryAfter")))
        .isEqualTo(first.plus(Duration.ofHours(24)));
  }

  @Test
  void P7_aLapsedTemporaryPermissionIsRefusedAsExpired() {
    Customer customer = OutboundCallsIT.answering(5).granted().assignedTo(rahul);
    advance(Duration.ofHours(168).plusMinutes(1));
    refused(customer.preflight(rahul), 138010, "P7");
  }

  @Test
  void L7_aPreflightChangesNothing() {
    Customer customer = OutboundCallsIT.answering(5).granted().assignedTo(rahul);
    for (int i = 0; i < 3; i++) {
      assertThat(customer.preflight(rahul).json().getBoolean("allowed")).isTrue();
    }
    assertThat(customer.atMeta().containsKey("ongoingCallId")).isFalse();
    Reply bad = sunrise.post("/api/v1/numbers/" + INDIA + "/calls/preflight", "{\"waId\":\"12\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error().getJsonArray("fields")).hasSize(2);
  }

  private static JsonObject refused(Reply preflight, Object code, String rule) {
    assertThat(preflight.status()).as(preflight.body()).isEqualTo(200);
    JsonObject answer = preflight.json();
    assertThat(answer.getBoolean("allowed")).isFalse();
    JsonObject error = answer.getJsonObject("error");
    if (code instanceof Integer number) {
      assertThat(error.getInt("code")).isEqualTo(number);
    } else {
      assertThat(error.getString("code")).isEqualTo(code);
    }
    assertThat(error.getString("rule")).isEqualTo(rule);
    return error;
  }
}
