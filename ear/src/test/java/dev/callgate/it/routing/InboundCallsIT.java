package dev.callgate.it.routing;

import static dev.callgate.it.routing.Inbound.accept;
import static dev.callgate.it.routing.Inbound.advance;
import static dev.callgate.it.routing.Inbound.agent;
import static dev.callgate.it.routing.Inbound.api;
import static dev.callgate.it.routing.Inbound.awaitCall;
import static dev.callgate.it.routing.Inbound.awaitOffers;
import static dev.callgate.it.routing.Inbound.id;
import static dev.callgate.it.routing.Inbound.ringsFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Await;
import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer's call as it reaches agents (C3, B1, R7, R11, C6): offered, rung out, accepted with
 * Meta's pre_accept then accept, talked, ended; rejected; taken by the first of several.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboundCallsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void C3_B1_agentOneLetsItRingOutAgentTwoAcceptsTheyTalkAndItCompletesFree() {
    Inbound.onlyOnline("meera", "kavya");
    Inbound.routing("ORDERED", "meera", "kavya");
    long meera = agent("meera");
    long kavya = agent("kavya");
    BigDecimal balance = balance();
    String customer = Inbound.customer(20);

    long call = id(Inbound.calls(customer, Inbound.US, null));
    awaitOffers(call, o -> ringsFor(o, meera));
    assertThat(Inbound.call(call).getString("status")).isEqualTo("RINGING");
    assertThat(Inbound.call(call).getString("sdpOffer")).startsWith("v=0").contains("opus/48000");

    advance(11);
    List<JsonObject> offers = awaitOffers(call, o -> ringsFor(o, kavya));
    assertThat(offers.get(0).getString("outcome")).isEqualTo("RANG_OUT");
    assertThat(offers.get(0).getString("step")).isEqualTo("POOL");

    Reply accepted = accept(call, kavya);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.json().getJsonNumber("agentId").longValue()).isEqualTo(kavya);
    assertThat(accepted.json().getString("sdpAnswer")).contains("a=setup:active");
    assertThat(Inbound.agentJson("kavya").getBoolean("onCall")).isTrue();
    // Meta (the sandbox) took pre_accept then accept with the same answer: the call is live there
    assertThat(Inbound.atMeta(customer, Inbound.US).getString("ongoingCallId"))
        .isEqualTo(accepted.json().getString("waCallId"));

    advance(21);
    JsonObject done = awaitCall(call, c -> c.getString("status").equals("COMPLETED"));
    assertThat(done.getString("direction")).isEqualTo("USER_INITIATED");
    assertThat(done.getInt("durationSeconds")).isEqualTo(20);
    assertThat(done.isNull("cost")).as("B1: a customer's call is free").isTrue();
    assertThat(done.isNull("pulses")).isTrue();
    assertThat(balance()).isEqualByComparingTo(balance);
    assertThat(api.get("/api/v1/wallet/ledger?size=50").body())
        .doesNotContain(done.getString("waCallId"));
    assertThat(Inbound.agentJson("kavya").getString("activity")).as("R10").isEqualTo("WRAP_UP");
  }

  @Test
  void R7_C6_aCallNobodyTakesIsMissedByAgentWithACallbackTaskClosedByTheNextConnectedCall() {
    Inbound.onlyOnline("meera");
    Inbound.routing("ROUND_ROBIN", "meera");
    long meera = agent("meera");
    String customer = Inbound.customer(5);

    long missed = id(Inbound.calls(customer, Inbound.US, null));
    awaitOffers(missed, o -> ringsFor(o, meera));
    advance(11);
    JsonObject call = awaitCall(missed, c -> c.getString("status").equals("MISSED"));
    assertThat(call.getString("missedBy")).isEqualTo("AGENT");
    assertThat(call.getString("missReason")).isEqualTo("nobody_accepted");
    // Callgate rejected the call to Meta at once: the customer's line is free again
    Await.until(
        () -> Inbound.atMeta(customer, Inbound.US).containsKey("ongoingCallId"),
        ongoing -> !ongoing,
        Inbound.WAIT);
    JsonObject task =
        Inbound.callbackTasks("agentId=" + meera + "&status=OPEN").stream()
            .filter(t -> t.getString("waId").equals(customer))
            .findFirst()
            .orElseThrow();
    assertThat(task.getJsonNumber("missedCallId").longValue()).isEqualTo(missed);
    assertThat(task.getString("reason")).isEqualTo("nobody_accepted");

    advance(11);
    long again = id(Inbound.calls(customer, Inbound.US, null));
    awaitOffers(again, o -> ringsFor(o, meera));
    assertThat(accept(again, meera).status()).isEqualTo(200);
    JsonObject closed =
        Await.until(
            () ->
                Inbound.callbackTasks("agentId=" + meera).stream()
                    .filter(
                        t ->
                            t.getJsonNumber("id").longValue()
                                == task.getJsonNumber("id").longValue())
                    .findFirst()
                    .orElseThrow(),
            t -> t.getString("status").equals("DONE"),
            Inbound.WAIT);
    assertThat(closed.getJsonNumber("closedByCallId").longValue()).isEqualTo(again);
    advance(6);
    awaitCall(again, c -> c.getString("status").equals("COMPLETED"));
  }

  @Test
  void R7_aRejectMovesTheCallOnAndNeverBackToWhoDeclined() {
    Inbound.onlyOnline("meera", "kavya");
    Inbound.routing("ROUND_ROBIN", "meera", "kavya");
    long call = id(Inbound.calls(Inbound.customer(5), Inbound.US, null));
    List<JsonObject> first = awaitOffers(call, o -> !o.isEmpty());
    long declining = first.get(0).getJsonNumber("agentId").longValue();
    long other = declining == agent("meera") ? agent("kavya") : agent("meera");

    Reply rejected = Inbound.reject(call, declining);
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    awaitOffers(call, o -> ringsFor(o, other));
    assertThat(Inbound.reject(call, declining).status())
        .as("no second offer to decline")
        .isEqualTo(409);
    assertThat(Inbound.reject(call, other).status()).isEqualTo(200);

    JsonObject missed = awaitCall(call, c -> c.getString("status").equals("MISSED"));
    assertThat(missed.getString("missReason")).isEqualTo("nobody_accepted");
    assertThat(Inbound.offers(call))
        .extracting(o -> o.getString("outcome"))
        .containsExactly("DECLINED", "DECLINED");
  }

  @Test
  void R11_ringAllRingsEveryAgentAtOnceAndTheFirstAcceptWithdrawsTheOthers() {
    Inbound.onlyOnline("meera", "kavya", "arjun");
    Inbound.routing("RING_ALL", "meera", "kavya", "arjun");
    long call = id(Inbound.calls(Inbound.customer(3), Inbound.US, null));
    awaitOffers(call, o -> o.size() == 3);

    assertThat(accept(call, agent("arjun")).status()).isEqualTo(200);
    Reply late = accept(call, agent("meera"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.error().getString("code")).isEqualTo("conflict");
    assertThat(late.error().getString("message")).contains("another agent accepted it");
    assertThat(Inbound.offers(call))
        .extracting(o -> o.getString("outcome"))
        .containsExactlyInAnyOrder("ACCEPTED", "WITHDRAWN", "WITHDRAWN");
    advance(4);
    awaitCall(call, c -> c.getString("status").equals("COMPLETED"));
  }

  @Test
  void C2_C3_anInvalidAnswerIsRefusedBeforeMetaAndTheCallRingsOn() {
    Inbound.onlyOnline("kavya");
    Inbound.routing("ROUND_ROBIN", "kavya");
    long kavya = agent("kavya");
    String customer = Inbound.customer(3);
    long call = id(Inbound.calls(customer, Inbound.US, null));
    awaitOffers(call, o -> ringsFor(o, kavya));

    Reply refused =
        accept(call, kavya, Inbound.answer().replace("a=setup:active", "a=setup:actpass"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error().getInt("code")).isEqualTo(138014);
    assertThat(Inbound.offers(call).get(0).getString("outcome")).isEqualTo("OPEN");

    Reply notOffered = accept(call, agent("meera"));
    assertThat(notOffered.status()).isEqualTo(409);
    assertThat(notOffered.error().getString("message")).contains("not ringing for agent");
    assertThat(accept(call, kavya).status()).isEqualTo(200);
    advance(4);
    awaitCall(call, c -> c.getString("status").equals("COMPLETED"));
  }

  @Test
  void A2_anotherBusinessCannotSeeAnswerOrListTheCall() {
    Inbound.onlyOnline("kavya");
    Inbound.routing("ROUND_ROBIN", "kavya");
    String customer = Inbound.customer(3);
    long call = id(Inbound.calls(customer, Inbound.US, null));
    Http aurora = Http.withKey(TestServer.AURORA_KEY);
    assertThat(aurora.get("/api/v1/calls/" + call).status()).isEqualTo(404);
    assertThat(aurora.get("/api/v1/calls/" + call + "/offers").status()).isEqualTo(404);
    assertThat(accept(call, agent("kavya")).status()).isNotEqualTo(404);
    assertThat(
            aurora
                .post("/api/v1/calls/" + call + "/reject", "{\"agentId\":" + agent("kavya") + "}")
                .status())
        .isEqualTo(404);
    assertThat(aurora.get("/api/v1/calls?waId=" + customer).json().getInt("total")).isZero();
    advance(4);
  }

  private static BigDecimal balance() {
    return new BigDecimal(api.get("/api/v1/wallet").json().getString("balance"));
  }
}
