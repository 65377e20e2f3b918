package dev.callgate.it.calls;

import static dev.callgate.it.calls.Customer.advance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.Race;
import dev.callgate.it.SandboxIntake;
import dev.callgate.it.ServerProperty;
import dev.callgate.it.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rules L4 and L2 under a race, judged by what reached the Cloud API: fifty starts to one customer
 * from two integrators at once, with the per-pair cap lowered to one (a server system property set
 * before this class deploys Callgate, as in {@link NumberLimitRaceIT}), send exactly one {@code
 * connect}; once that call is over, fifty more send none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PairLimitRaceIT {

  private static final String CAP = "callgate.limits.bic-per-pair-24h";
  private static final String BRAZIL = "207650352242911";
  private static final int STARTS = 50;

  @ArquillianResource private Deployer deployer;

  @ArquillianResource private ManagementClient management;

  @Deployment(name = "pair-capped", managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void L2_L4_fiftyParallelStartsToOnePairSendExactlyOneConnect() throws Exception {
    ServerProperty.set(management, CAP, "1");
    deployer.deploy("pair-capped");
    try {
      race();
    } finally {
      deployer.undeploy("pair-capped");
      ServerProperty.remove(management, CAP);
    }
  }

  private void race() throws Exception {
    Http aurora = Http.withKey(TestServer.AURORA_KEY);
    long ana = Customer.agent(aurora, "ana@aurora.example");
    Customer customer =
        Customer.fresh(aurora, BRAZIL, "{\"onCall\":\"NO_ANSWER\"}").granted().assignedTo(ana);

    List<Reply> first = startAll(customer, ana);
    assertThat(first).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(first)
        .filteredOn(r -> r.status() != 201)
        .hasSize(STARTS - 1)
        .allSatisfy(
            r -> {
              // the reserved call is live (L4) or already counted (L2): never a second connect
              assertThat(r.status()).as(r.body()).isIn(409, 429);
              assertThat(r.error().getString("rule")).isIn("L4", "L2");
            });
    assertThat(SandboxIntake.received(BRAZIL, customer.waId, "connect")).hasSize(1);

    // nobody picks up: the call ends missed, and L2 alone now stops every start for 24 hours
    long id =
        first.stream()
            .filter(r -> r.status() == 201)
            .findFirst()
            .orElseThrow()
            .json()
            .getJsonNumber("id")
            .longValue();
    advance(Duration.ofSeconds(31));
    Instant startedAt =
        Instant.parse(
            customer
                .awaitCall(id, c -> c.getString("status").equals("MISSED"))
                .getString("startedAt"));

    List<Reply> second = startAll(customer, ana);
    assertThat(second)
        .hasSize(STARTS)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.body()).isEqualTo(429);
              assertThat(r.error().getInt("code")).isEqualTo(138012);
              assertThat(r.error().getString("rule")).isEqualTo("L2");
              assertThat(Instant.parse(r.error().getString("retryAfter")))
                  .isEqualTo(startedAt.plus(Duration.ofHours(24)));
            });
    assertThat(SandboxIntake.received(BRAZIL, customer.waId, "connect"))
        .as("what reached the Cloud API")
        .hasSize(1);
  }

  /** Fifty starts released at once, spread over two clients with their own connections. */
  private static List<Reply> startAll(Customer customer, long agent) throws Exception {
    List<Http> clients =
        List.of(
            Http.separateWithKey(TestServer.AURORA_KEY),
            Http.separateWithKey(TestServer.AURORA_KEY));
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("waId", customer.waId)
            .add("agentId", agent)
            .add("sdpOffer", Customer.offer())
            .build()
            .toString();
    List<Callable<Reply>> starts = new ArrayList<>();
    for (int i = 0; i < STARTS; i++) {
      Http client = clients.get(i % 2);
      starts.add(() -> client.post("/api/v1/numbers/" + BRAZIL + "/calls", body));
    }
    return Race.all(starts);
  }
}
