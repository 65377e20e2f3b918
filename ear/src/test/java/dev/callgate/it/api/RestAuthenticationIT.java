package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rule A2 over HTTP: keys authenticate, are scoped to one business, and can be revoked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestAuthenticationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);
  private final Http aurora = Http.withKey(TestServer.AURORA_KEY);

  @Test
  void A2_aValidKeySeesOnlyItsOwnBusinessNumbers() {
    Reply reply = sunrise.get("/api/v1/numbers");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.array().getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("displayPhoneNumber"))
        .containsExactlyInAnyOrder("919876543210", "16502530000");
    assertThat(aurora.get("/api/v1/numbers").array().getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("country"))
        .containsExactly("BR");
  }

  @Test
  void A2_noKeyIsRefusedWith401InTheErrorShape() {
    Reply reply = Http.withKey(null).get("/api/v1/agents");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error().getString("code")).isEqualTo("unauthorized");
    assertThat(reply.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @Test
  void A2_anUnknownKeyIsRefusedWith401() {
    Reply reply = Http.withKey("cg_notAKeyThatWasEverIssued00000").get("/api/v1/agents");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error().getString("message")).contains("unknown or revoked");
  }

  @Test
  void A2_anotherBusinessesContactIsNotFoundNotForbidden() {
    // Aurora's contact exists, but Sunrise's key must not learn that.
    assertThat(aurora.get("/api/v1/contacts/5521987654321").status()).isEqualTo(200);
    Reply reply = sunrise.get("/api/v1/contacts/5521987654321");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error().getString("code")).isEqualTo("not_found");
  }

  @Test
  void A2_anotherBusinessesAgentCannotBeSwitched() {
    long auroraAgent =
        aurora.get("/api/v1/agents").array().getJsonObject(0).getJsonNumber("id").longValue();
    Reply reply =
        sunrise.put(
            "/api/v1/agents/" + auroraAgent + "/availability", "{\"availability\":\"OFFLINE\"}");
    assertThat(reply.status()).isEqualTo(404);
  }
}
