package dev.callgate.it.calls;

import static dev.callgate.it.calls.Customer.advance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rules B5 and L5 with real calls: a debit that takes the wallet below zero never cuts a call in
 * progress, but blocks the next business call until a top-up. Runs on Aurora's wallet and puts it
 * back where it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalletCallsIT {

  private static final String BRAZIL = "207650352242911";
  private static final Http aurora = Http.withKey(TestServer.AURORA_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void B5_aBalanceGoingNegativeLeavesTheOtherCallUpAndBlocksTheNextOne() {
    long ana = Customer.agent(aurora, "ana@aurora.example");
    BigDecimal opening = balance();
    if (opening.signum() <= 0) {
      topUp(BigDecimal.ONE.subtract(opening));
      opening = balance();
    }
    Customer talker = answering(10_000_000).granted().assignedTo(ana);
    long ongoing = talker.start(ana).json().getJsonNumber("id").longValue();
    talker.awaitCall(ongoing, c -> Customer.reached(c, "RINGING"));
    advance(Duration.ofSeconds(1));
    talker.awaitCall(ongoing, c -> Customer.reached(c, "ACCEPTED"));

    // a call long enough to cost more than the whole balance
    Customer big = answering(0).granted().assignedTo(ana);
    BigDecimal pulse =
        new BigDecimal(
            aurora
                .get("/api/v1/rates/quote?waId=" + big.waId + "&seconds=6")
                .json()
                .getString("cost"));
    int seconds = opening.add(BigDecimal.ONE).divide(pulse, 0, RoundingMode.CEILING).intValue() * 6;
    big.behave("{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":" + seconds + "}");
    long costly = big.start(ana).json().getJsonNumber("id").longValue();
    big.awaitCall(costly, c -> Customer.reached(c, "RINGING"));
    advance(Duration.ofSeconds(seconds + 2));
    big.awaitCall(costly, c -> c.getString("status").equals("COMPLETED"));

    JsonObject wallet = aurora.get("/api/v1/wallet").json();
    assertThat(new BigDecimal(wallet.getString("balance"))).isNegative();
    assertThat(wallet.getBoolean("blocked")).isTrue();
    assertThat(talker.call(ongoing).getString("status")).isEqualTo("ACCEPTED");

    Customer next = answering(5).granted().assignedTo(ana);
    JsonObject refusal = next.preflight(ana).json().getJsonObject("error");
    assertThat(refusal.getString("code")).isEqualTo("insufficient_balance");
    assertThat(refusal.getString("rule")).isEqualTo("L5");
    assertThat(next.start(ana).status()).isEqualTo(402);

    Reply hangUp = aurora.post("/api/v1/calls/" + ongoing + "/terminate", "");
    assertThat(hangUp.status()).as(hangUp.body()).isEqualTo(200);
    JsonObject ended = talker.awaitCall(ongoing, c -> c.getString("status").equals("COMPLETED"));
    assertThat(ended.getInt("pulses")).isPositive();

    topUp(opening.subtract(balance()));
    assertThat(balance()).isEqualByComparingTo(opening);
    assertThat(next.preflight(ana).json().getBoolean("allowed")).isTrue();
  }

  private static Customer answering(int talkSeconds) {
    return Customer.fresh(
        aurora,
        BRAZIL,
        "{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":" + talkSeconds + "}");
  }

  private static BigDecimal balance() {
    return new BigDecimal(aurora.get("/api/v1/wallet").json().getString("balance"));
  }

  private static void topUp(BigDecimal amount) {
    Reply reply =
        aurora.post(
            "/api/v1/wallet/top-ups",
            "{\"amount\":\""
                + amount.toPlainString()
                + "\",\"reference\":\"it-"
                + UUID.randomUUID()
                + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }
}
