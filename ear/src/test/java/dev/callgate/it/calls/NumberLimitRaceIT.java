package dev.callgate.it.calls;

import static dev.callgate.it.calls.Customer.advance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.Race;
import dev.callgate.it.ServerProperty;
import dev.callgate.it.TestServer;
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
 * Rule L1 under a race: twenty agents start calls from one number at the same instant against a cap
 * of five, and exactly five calls go out. The cap is lowered through a server system property set
 * before this class deploys Callgate (configuration is read at deployment), and removed after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NumberLimitRaceIT {

  private static final String CAP = "callgate.limits.connected-bic-per-number-24h";
  private static final String BRAZIL = "207650352242911";
  private static final int STARTS = 20;

  @ArquillianResource private Deployer deployer;

  @ArquillianResource private ManagementClient management;

  @Deployment(name = "capped", managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void L1_twentyConcurrentStartsAgainstACapOfFiveLetExactlyFiveThrough() throws Exception {
    ServerProperty.set(management, CAP, "5");
    deployer.deploy("capped");
    try {
      race();
    } finally {
      deployer.undeploy("capped");
      ServerProperty.remove(management, CAP);
    }
  }

  private void race() throws Exception {
    Http aurora = Http.withKey(TestServer.AURORA_KEY);
    long ana = Customer.agent(aurora, "ana@aurora.example");
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < STARTS; i++) {
      customers.add(
          Customer.fresh(aurora, BRAZIL, "{\"onCall\":\"NO_ANSWER\"}").granted().assignedTo(ana));
    }
    List<Callable<Reply>> starts = new ArrayList<>();
    for (Customer customer : customers) {
      starts.add(() -> customer.start(ana));
    }
    List<Reply> replies = Race.all(starts);
    assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(5);
    assertThat(replies)
        .filteredOn(r -> r.status() != 201)
        .hasSize(STARTS - 5)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.body()).isEqualTo(429);
              assertThat(r.error().getInt("code")).isEqualTo(138012);
              assertThat(r.error().getString("rule")).isEqualTo("L1");
              assertThat(r.error().isNull("retryAfter")).isFalse();
            });
    // nobody picks up: the five calls end as missed and free the number again
    advance(java.time.Duration.ofSeconds(31));
    for (Reply reply : replies) {
      if (reply.status() == 201) {
        long id = reply.json().getJsonNumber("id").longValue();
        customers.get(0).awaitCall(id, c -> c.getString("status").equals("MISSED"));
      }
    }
  }
}
