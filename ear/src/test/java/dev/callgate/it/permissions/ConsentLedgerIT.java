package dev.callgate.it.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.BusinessService;
import dev.callgate.it.Deployments;
import dev.callgate.permissions.ConsentEntry;
import dev.callgate.permissions.ConsentSource;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.PermissionWebhooks;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule P11 inside the server: the consent ledger only ever grows. The database itself refuses to
 * rewrite it, whoever asks, on H2 and on PostgreSQL alike.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentLedgerIT {

  private static final String NUMBER_ID = "106540352242922";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(ConsentLedgerIT.class);
  }

  @Inject PermissionService permissions;
  @Inject PermissionWebhooks webhooks;
  @Inject BusinessService businesses;

  @Resource(lookup = "java:jboss/datasources/CallgateDS")
  DataSource dataSource;

  @Test
  void P11_everyChangeIsAppendedAndTheDatabaseRefusesToRewriteOrDeleteIt() throws SQLException {
    String waId = "4479" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    Instant at = Instant.parse("2026-11-23T10:00:00Z");
    permissions.recordCallOutcome(NUMBER_ID, waId, "wacid.ledger" + waId, true, false, at);
    // a customer call with the callback setting on grants a permission: one ledger line
    grantByCallback(waId);
    List<ConsentEntry> ledger = permissions.history(sunrise(), NUMBER_ID, waId);
    assertEquals(1, ledger.size());
    assertEquals(PermissionState.TEMPORARY, ledger.get(0).state());
    assertEquals(ConsentSource.AUTOMATIC, ledger.get(0).source());

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "update permissions_consent set state = 'PERMANENT' where wa_id = '"
                          + waId
                          + "'"));
      assertTrue(update.getMessage().contains("append-only"), update.getMessage());
      SQLException delete =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate("delete from permissions_consent where wa_id = '" + waId + "'"));
      assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }
    assertEquals(ledger, permissions.history(sunrise(), NUMBER_ID, waId));
  }

  private void grantByCallback(String waId) {
    webhooks.onCustomerContact(NUMBER_ID, waId, "wacid.callback" + waId, Instant.now());
  }

  private long sunrise() {
    return businesses.numberById(NUMBER_ID).orElseThrow().businessId();
  }
}
