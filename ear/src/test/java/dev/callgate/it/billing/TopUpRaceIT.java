package dev.callgate.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.Race;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule B6 under load: top-ups that race on one wallet are applied one after the other, a reference
 * sent many times at once credits exactly once, and the balance stays the sum of the ledger.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopUpRaceIT {

  private static final int DISTINCT = 24;
  private static final int REPEATS = 12;
  private static final BigDecimal SMALL = new BigDecimal("0.10");
  private static final BigDecimal REPEATED = new BigDecimal("1.000001");

  private final Wallets aurora = Wallets.of(TestServer.AURORA_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void B6_concurrentTopUpsAddUpExactlyAndARepeatedReferenceCreditsOnce() throws Exception {
    BigDecimal before = aurora.balance();
    String repeated = Wallets.newReference("race-same");
    List<Callable<Reply>> requests = new ArrayList<>();
    for (int i = 0; i < DISTINCT; i++) {
      String reference = Wallets.newReference("race-" + i);
      requests.add(() -> aurora.topUp(SMALL, reference));
    }
    for (int i = 0; i < REPEATS; i++) {
      requests.add(() -> aurora.topUp(REPEATED, repeated));
    }

    List<Reply> replies = Race.all(requests);

    assertThat(replies).extracting(Reply::status).containsOnly(200, 201);
    List<Reply> repeats = replies.subList(DISTINCT, replies.size());
    assertThat(repeats).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(repeats.stream().map(r -> r.json().getJsonNumber("id")).distinct()).hasSize(1);
    BigDecimal expected = before.add(SMALL.multiply(BigDecimal.valueOf(DISTINCT))).add(REPEATED);
    assertThat(aurora.balance()).isEqualByComparingTo(expected);
    // the newest line carries the balance the wallet shows: nothing was lost between them
    JsonObject newest = aurora.ledger("?size=1").json().getJsonArray("items").getJsonObject(0);
    assertThat(new BigDecimal(newest.getString("balanceAfter"))).isEqualByComparingTo(expected);
  }
}
