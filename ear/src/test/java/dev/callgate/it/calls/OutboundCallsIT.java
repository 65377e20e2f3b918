package dev.callgate.it.calls;

import static dev.callgate.it.calls.Customer.advance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import dev.callgate.it.webhooks.WebhookSender;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
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
 * A business call as an agent places it: pre-flight, connect with the browser's offer, the SDP
 * answer, ringing, answer, hang-up, and the debit in pulses (C1, C2, C4, C6, B2, B6).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboundCallsIT {

  static final String INDIA = "106540352242922";
  static final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);
  static long rahul;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @BeforeAll
  static void agents() {
    rahul = Customer.agent(sunrise, "rahul@sunrise.example");
  }

  @Test
  void C1_aFullCallIsAnsweredHungUpByTheCustomerAndBilledInPulses() {
    Customer customer = answering(56).granted().assignedTo(rahul);
    assertThat(customer.preflight(rahul).json().getBoolean("allowed")).isTrue();
    JsonObject quote =
        sunrise.get("/api/v1/rates/quote?waId=" + customer.waId + "&seconds=56").json();
    BigDecimal before = balance();

    Reply started = customer.start(rahul);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    long id = started.json().getJsonNumber("id").longValue();
    assertThat(started.json().getString("waCallId")).startsWith("wacid.");

    JsonObject ringing =
        customer.awaitCall(id, c -> !c.isNull("sdpAnswer") && Customer.reached(c, "RINGING"));
    assertThat(ringing.getString("sdpAnswer")).startsWith("v=0").contains("a=fingerprint:");

    advance(Duration.ofSeconds(57));
    JsonObject done = customer.awaitCall(id, c -> c.getString("status").equals("COMPLETED"));
    assertThat(done.getInt("durationSeconds")).isEqualTo(56);
    assertThat(done.getInt("pulses")).isEqualTo(10);
    assertThat(done.getString("market")).isEqualTo(quote.getString("market"));
    assertThat(done.getString("currency")).isEqualTo(quote.getString("currency"));
    assertThat(new BigDecimal(done.getString("cost")))
        .isEqualByComparingTo(new BigDecimal(quote.getString("cost")));
    assertThat(before.subtract(balance()))
        .isEqualByComparingTo(new BigDecimal(quote.getString("cost")));
    assertThat(customer.awaitPermission(p -> true).getInt("consecutiveUnanswered")).isZero();
  }

  @Test
  void C4_aTerminateDeliveredAgainChargesNothingMore() {
    Customer customer = answering(7).granted().assignedTo(rahul);
    long id = customer.start(rahul).json().getJsonNumber("id").longValue();
    customer.awaitCall(id, c -> Customer.reached(c, "RINGING"));
    advance(Duration.ofSeconds(8));
    JsonObject done = customer.awaitCall(id, c -> c.getString("status").equals("COMPLETED"));
    BigDecimal after = balance();

    HttpResponse<String> again =
        new WebhookSender(TestServer.base())
            .post(terminate(done.getString("waCallId"), customer.waId, 300));
    assertThat(again.statusCode()).isEqualTo(200);
    Http.Reply events = sunrise.get("/api/v1/webhook-events?limit=50");
    assertThat(events.status()).isEqualTo(200);

    assertThat(customer.call(id).getInt("durationSeconds")).isEqualTo(7);
    assertThat(balance()).isEqualByComparingTo(after);
  }

  @Test
  void C6_anUnansweredCallIsMissedByTheCustomerAndCostsNothing() {
    Customer customer =
        Customer.fresh(
                sunrise, INDIA, "{\"onCall\":\"NO_ANSWER\",\"onPermissionRequest\":\"IGNORE\"}")
            .granted()
            .assignedTo(rahul);
    BigDecimal before = balance();
    long id = customer.start(rahul).json().getJsonNumber("id").longValue();
    customer.awaitCall(id, c -> Customer.reached(c, "RINGING"));
    advance(Duration.ofSeconds(31));

    JsonObject missed = customer.awaitCall(id, c -> c.getString("status").equals("MISSED"));
    assertThat(missed.getString("missedBy")).isEqualTo("CUSTOMER");
    assertThat(missed.isNull("cost")).isTrue();
    assertThat(balance()).isEqualByComparingTo(before);
    assertThat(customer.awaitPermission(p -> p.getInt("consecutiveUnanswered") == 1)).isNotNull();
  }

  @Test
  void C5_anAgentHangUpSendsTerminateAndTheCallIsBilledForWhatItLasted() {
    Customer customer = answering(3600).granted().assignedTo(rahul);
    long id = customer.start(rahul).json().getJsonNumber("id").longValue();
    customer.awaitCall(id, c -> Customer.reached(c, "ACCEPTED"));
    advance(Duration.ofSeconds(20));

    Reply hangUp = sunrise.post("/api/v1/calls/" + id + "/terminate", "");
    assertThat(hangUp.status()).as(hangUp.body()).isEqualTo(200);
    JsonObject done = customer.awaitCall(id, c -> c.getString("status").equals("COMPLETED"));
    // 20 s on the shared clock, plus the real moments the test itself took
    int seconds = done.getInt("durationSeconds");
    assertThat(seconds).isBetween(20, 24);
    assertThat(done.getInt("pulses")).isEqualTo((seconds + 5) / 6);
  }

  @Test
  void C2_anInvalidOfferIsRefusedBeforeAnyCloudApiRequest() {
    Customer customer = answering(5).granted().assignedTo(rahul);
    String noKeying = Customer.offer().replaceAll("a=fingerprint:[^\r\n]*\r\n", "");

    Reply refused = customer.start(rahul, noKeying);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.error().getInt("code")).isEqualTo(138014);
    assertThat(refused.error().getString("rule")).isEqualTo("C2");
    assertThat(refused.error().getString("message")).contains("keying");
    assertThat(customer.atMeta().containsKey("ongoingCallId")).isFalse();
    assertThat(customer.atMeta().getInt("connectedCallsLast24h")).isZero();
  }

  @Test
  void A2_anotherBusinessCannotReadOrEndTheCall() {
    Customer customer = answering(5).granted().assignedTo(rahul);
    long id = customer.start(rahul).json().getJsonNumber("id").longValue();
    Http aurora = Http.withKey(TestServer.AURORA_KEY);
    assertThat(aurora.get("/api/v1/calls/" + id).status()).isEqualTo(404);
    assertThat(aurora.post("/api/v1/calls/" + id + "/terminate", "").status()).isEqualTo(404);
    advance(Duration.ofSeconds(10));
    customer.awaitCall(id, c -> c.getString("status").equals("COMPLETED"));
  }

  static Customer answering(int talkSeconds) {
    return Customer.fresh(
        sunrise,
        INDIA,
        "{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":" + talkSeconds + "}");
  }

  static BigDecimal balance() {
    return new BigDecimal(sunrise.get("/api/v1/wallet").json().getString("balance"));
  }

  /** A terminate for a call, as Meta would write it, with a duration of Callgate's choosing. */
  static String terminate(String waCallId, String waId, int seconds) {
    long now = Instant.now().getEpochSecond();
    return """
        {"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"calls",
         "value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"919876543210","phone_number_id":"%s"},
          "calls":[{"id":"%s","from":"919876543210","to":"%s","event":"terminate",
           "direction":"BUSINESS_INITIATED","timestamp":"%d","status":"COMPLETED",
           "start_time":"%d","end_time":"%d","duration":%d}]}}]}]}
        """
        .formatted(
            WebhookSender.SUNRISE_WABA, INDIA, waCallId, waId, now, now - seconds, now, seconds);
  }
}
