package dev.callgate.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.ApiKeyService;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.IssuedApiKey;
import dev.callgate.it.Deployments;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A key issued by the accounts service works on the REST API at once and stops working the moment
 * it is revoked (A2). Runs inside the server so it can issue and revoke directly, and calls the API
 * over real HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class ApiKeyLifecycleIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(ApiKeyLifecycleIT.class);
  }

  @Inject ApiKeyService keys;
  @Inject BusinessService businesses;

  @Test
  void A2_aRevokedKeyIsRefusedWith401() throws Exception {
    long business = businesses.businesses().get(0).id();
    Actor owner = new Actor(business, "agent:owner@test", "127.0.0.1");
    IssuedApiKey issued = keys.issue(owner, "revocation test");

    assertEquals(200, numbersWith(issued.secret()).statusCode());

    keys.revoke(owner, issued.key().id());

    HttpResponse<String> refused = numbersWith(issued.secret());
    assertEquals(401, refused.statusCode());
    assertTrue(refused.body().contains("\"code\":\"unauthorized\""), refused.body());
  }

  private static HttpResponse<String> numbersWith(String key) throws Exception {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/numbers"))
            .header("Authorization", "Bearer " + key)
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
