package dev.callgate.it.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.ApiKeyService;
import dev.callgate.accounts.ApiKeyView;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.IssuedApiKey;
import dev.callgate.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A revocation racing with a request that uses the key: the request's last-used stamp must never
 * write the key back as it was before the revocation.
 */
@ExtendWith(ArquillianExtension.class)
class ApiKeyRaceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(ApiKeyRaceIT.class);
  }

  @Inject BusinessService businesses;
  @Inject ApiKeyService keys;

  @Resource(lookup = "java:jboss/UserTransaction")
  UserTransaction request;

  @Test
  void A2_aKeyRevokedWhileARequestIsUsingItStaysRevoked() throws Exception {
    Actor owner = Actor.system(aurora(), "test");
    IssuedApiKey issued = keys.issue(owner, "race test");
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      // A request authenticates (stamping last-used) and has not committed yet ...
      request.begin();
      assertTrue(keys.authenticate(issued.secret()).isPresent());
      // ... when an owner revokes the key on another thread.
      Future<ApiKeyView> revocation = other.submit(() -> keys.revoke(owner, issued.key().id()));
      try {
        revocation.get(1, TimeUnit.SECONDS);
      } catch (TimeoutException waitingForTheRow) {
        // the revocation waits for the request's row lock: the two take turns
      }
      request.commit();
      assertNotNull(revocation.get(15, TimeUnit.SECONDS).revokedAt());
    } finally {
      other.shutdownNow();
    }
    assertFalse(keys.authenticate(issued.secret()).isPresent(), "the revoked key came back");
  }

  private long aurora() {
    return businesses.businesses().stream()
        .filter(b -> b.name().startsWith("Aurora"))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
