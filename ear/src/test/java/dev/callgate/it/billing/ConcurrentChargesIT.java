package dev.callgate.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.callgate.accounts.Actor;
import dev.callgate.billing.BillingService;
import dev.callgate.billing.CallCharge;
import dev.callgate.billing.TopUpRequest;
import dev.callgate.billing.WalletService;
import dev.callgate.it.Deployments;
import dev.callgate.kernel.Money;
import dev.callgate.kernel.WaId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls that end at the same moment are debited one after the other under the wallet's row lock
 * (B5, B6): none is lost, none counted twice, and the ledger keeps every line it was given.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentChargesIT {

  private static final int CALLS = 20;
  private static final Instant STARTED = Instant.parse("2026-11-23T10:00:00Z");
  private static final List<WaId> DESTINATIONS =
      List.of(
          WaId.of("919812345678"),
          WaId.of("5511987654321"),
          WaId.of("447400123456"),
          WaId.of("254712345678"),
          WaId.of("17872345678"));

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(ConcurrentChargesIT.class, LedgerCheck.class);
  }

  @Inject BillingService billing;
  @Inject WalletService wallets;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/datasources/CallgateDS")
  DataSource dataSource;

  private final long business = 910_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);

  @Test
  void B6_twentyConcurrentChargesLeaveTheStartBalanceMinusTheirSum() throws Exception {
    Money start = usd("10");
    wallets.topUp(
        Actor.system(business, "billing-it"), new TopUpRequest("10", "it-" + UUID.randomUUID()));
    CountDownLatch go = new CountDownLatch(1);
    List<Future<CallCharge>> charges = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      WaId to = DESTINATIONS.get(i % DESTINATIONS.size());
      int seconds = 7 * i + 1;
      charges.add(
          executor.submit(
              () -> {
                go.await();
                return billing.chargeCall(business, callId(), to, true, seconds, STARTED);
              }));
    }
    go.countDown();

    Money spent = Money.zero("USD");
    for (Future<CallCharge> charge : charges) {
      spent = spent.plus(charge.get().cost());
    }
    assertEquals(start.minus(spent), wallets.wallet(business).balance());
    LedgerCheck ledger = new LedgerCheck(dataSource, business);
    assertEquals(CALLS + 1, ledger.lines());
    ledger.assertBalanceIsTheSumOfTheLedger();
  }

  @Test
  void B6_theDatabaseRefusesToRewriteOrDeleteALedgerLine() throws Exception {
    wallets.topUp(
        Actor.system(business, "billing-it"), new TopUpRequest("1", "it-" + UUID.randomUUID()));
    LedgerCheck ledger = new LedgerCheck(dataSource, business);

    ledger.assertLinesCannotBeRewritten();

    assertEquals(1, ledger.lines());
    assertEquals(usd("1"), wallets.wallet(business).balance());
  }

  private static String callId() {
    return "wacid.it-" + UUID.randomUUID();
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
