package dev.callgate.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.ApiKeyService;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.BusinessView;
import dev.callgate.accounts.ContactChange;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.IssuedApiKey;
import dev.callgate.accounts.NumberView;
import dev.callgate.it.Deployments;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.WaId;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts inside the server: EJBs, JPA on the migrated schema, demo data, audit. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(AccountsIT.class);
  }

  @Inject BusinessService businesses;
  @Inject AgentService agents;
  @Inject ContactService contacts;
  @Inject ApiKeyService keys;
  @Inject AuditLog audit;

  @Resource(lookup = "java:jboss/datasources/CallgateDS")
  DataSource dataSource;

  @Test
  void flywayMigratedTheAccountsSchemaAtDeployment() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from accounts_schema_history where success = true and version = '1'");
        ResultSet rs = s.executeQuery()) {
      assertTrue(rs.next());
      assertEquals(1, rs.getInt(1));
    }
  }

  @Test
  void demoDataHasTwoBusinessesWithNumbersInIndiaBrazilAndTheUs() {
    List<BusinessView> all = businesses.businesses();
    assertEquals(2, all.size());
    Map<String, String> countries =
        all.stream()
            .flatMap(b -> businesses.numbers(b.id()).stream())
            .collect(Collectors.toMap(NumberView::displayPhoneNumber, NumberView::country));
    assertEquals("IN", countries.get("919876543210"));
    assertEquals("US", countries.get("16502530000"));
    assertEquals("BR", countries.get("5511987654321"));
    long agentCount = all.stream().mapToLong(b -> agents.agents(b.id()).size()).sum();
    assertEquals(8, agentCount);
  }

  @Test
  void A2_aNumberOfAnotherBusinessIsNotVisible() {
    long sunrise = sunrise().id();
    long aurora = aurora().id();
    String auroraNumber = businesses.numbers(aurora).get(0).id();
    assertTrue(businesses.number(aurora, auroraNumber).isPresent());
    assertTrue(businesses.number(sunrise, auroraNumber).isEmpty());
  }

  @Test
  void A2_aContactCannotBeAssignedToAnAgentOfAnotherBusiness() {
    Actor actor = Actor.system(sunrise().id(), "test");
    AgentView foreign = agents.agents(aurora().id()).get(0);
    CallingException refused =
        assertThrows(
            CallingException.class,
            () ->
                contacts.save(
                    actor, WaId.of("919811122233"), new ContactChange("X", foreign.id(), null)));
    assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
    assertEquals("assigneeAgentId", refused.fields().get(0).field());
    assertTrue(
        contacts.contact(actor.businessId(), WaId.of("919811122233")).isEmpty(),
        "nothing half-written");
  }

  @Test
  void anIssuedKeyIsStoredHashedAndStopsWorkingWhenRevoked() throws Exception {
    Actor actor = Actor.system(aurora().id(), "test");
    IssuedApiKey issued = keys.issue(actor, "integration test");
    assertTrue(issued.secret().startsWith(issued.key().prefix()));
    assertEquals(aurora().id(), keys.authenticate(issued.secret()).orElseThrow().businessId());

    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from accounts_api_key where secret_hash = ? or prefix = ?")) {
      s.setString(1, issued.secret());
      s.setString(2, issued.secret());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getInt(1), "the secret itself is never stored");
      }
    }

    assertNotNull(keys.revoke(actor, issued.key().id()).revokedAt());
    assertFalse(keys.authenticate(issued.secret()).isPresent());
  }

  private BusinessView sunrise() {
    return businesses.businesses().stream()
        .filter(b -> b.name().startsWith("Sunrise"))
        .findFirst()
        .orElseThrow();
  }

  private BusinessView aurora() {
    return businesses.businesses().stream()
        .filter(b -> b.name().startsWith("Aurora"))
        .findFirst()
        .orElseThrow();
  }
}
