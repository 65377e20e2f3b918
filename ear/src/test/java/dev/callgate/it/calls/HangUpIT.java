package dev.callgate.it.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.SandboxIntake;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule C5 with a slow Meta: an agent's hang-up holds no lock on the call while the Cloud API takes
 * its time to answer, so Meta's terminate webhook, sent meanwhile, ends the call at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HangUpIT {

  private static final String INDIA = "106540352242922";
  private static final long SLOW_MILLIS = 6000;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @AfterEach
  void disarm() {
    SandboxIntake.clear();
  }

  @Test
  void C5_theTerminateWebhookDoesNotWaitForMetasAnswerToTheHangUp() throws Exception {
    Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);
    long rahul = Customer.agent(sunrise, "rahul@sunrise.example");
    Customer customer =
        Customer.fresh(
                sunrise,
                INDIA,
                "{\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":3600}")
            .granted()
            .assignedTo(rahul);
    long id = customer.start(rahul).json().getJsonNumber("id").longValue();
    customer.awaitCall(id, c -> Customer.reached(c, "ACCEPTED"));
    // they talk for five seconds of the shared clock, so the call has a duration to report
    Reply talked = Http.withKey(null).post("/sandbox/v1/clock/advance", "{\"seconds\":5}");
    assertThat(talked.status()).as(talked.body()).isEqualTo(200);
    // Meta ends the call and sends its webhook at once, but answers the hang-up 6 s later
    SandboxIntake.slow(INDIA, customer.waId, "terminate", "SLOW_ANSWER", SLOW_MILLIS);

    ExecutorService agent = Executors.newSingleThreadExecutor();
    try {
      long asked = System.nanoTime();
      Future<Reply> hangUp =
          agent.submit(() -> sunrise.post("/api/v1/calls/" + id + "/terminate", ""));
      JsonObject ended = customer.awaitCall(id, c -> c.getString("status").equals("COMPLETED"));
      long endedAfterMillis = (System.nanoTime() - asked) / 1_000_000;

      assertThat(hangUp.isDone())
          .as("the call ended %d ms after the hang-up, before Meta answered it", endedAfterMillis)
          .isFalse();
      assertThat(ended.getInt("durationSeconds")).isPositive();
      Reply answered = hangUp.get();
      assertThat(answered.status()).as(answered.body()).isEqualTo(200);
      assertThat(answered.json().getString("status")).isEqualTo("COMPLETED");
    } finally {
      agent.shutdownNow();
    }
    assertThat(SandboxIntake.received(INDIA, customer.waId, "terminate"))
        .singleElement()
        .satisfies(r -> assertThat(r.getInt("httpStatus")).isEqualTo(200));
  }
}
