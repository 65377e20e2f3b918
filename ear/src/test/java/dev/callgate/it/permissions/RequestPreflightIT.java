package dev.callgate.it.permissions;

import static dev.callgate.it.Soap.enumArgument;
import static dev.callgate.it.Soap.invoke;
import static dev.callgate.it.Soap.property;
import static dev.callgate.it.permissions.Pairs.NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.SandboxIntake;
import dev.callgate.it.Soap;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request pre-flight (P9, T3, T2, P4) answers what the request itself then answers, over REST
 * and SOAP alike, and sends nothing to the Cloud API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestPreflightIT {

  private static final String PREFLIGHT =
      "/api/v1/numbers/" + NUMBER_ID + "/permission-requests/preflight";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @AfterAll
  static void destroyClient() {
    Soap.destroy();
  }

  @Test
  void T3_P4_thePreflightGivesTheRefusalTheRequestThenGives() throws Exception {
    Pairs pair = Pairs.customer("IGNORE");

    JsonObject closed = preflight(pair, "INTERACTIVE");
    assertThat(closed.getBoolean("allowed")).isFalse();
    assertThat(closed.getBoolean("interactive")).isFalse();
    assertThat(closed.getJsonObject("error").getString("rule")).isEqualTo("T3");
    Reply refused = pair.requestInteractive();
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error().getString("rule")).isEqualTo("T3");
    assertThat(refused.error().getString("code"))
        .isEqualTo(closed.getJsonObject("error").getString("code"));
    assertThat(soapRule(pair)).isEqualTo("T3");

    pair.opensTheServiceWindow();
    JsonObject open = preflight(pair, "INTERACTIVE");
    assertThat(open.getBoolean("allowed")).as(open.toString()).isTrue();
    assertThat(open.containsKey("error")).isFalse();
    assertThat(open.getJsonArray("errors")).isEmpty();
    assertThat(soapRule(pair)).isNull();
    assertThat(pair.requestInteractive().status()).isEqualTo(201);

    JsonObject used = preflight(pair, null);
    JsonObject error = used.getJsonObject("error");
    assertThat(used.getBoolean("allowed")).isFalse();
    assertThat(error.getInt("code")).isEqualTo(138011);
    assertThat(error.getString("rule")).isEqualTo("P4");
    assertThat(used.getJsonObject("requestLimits").getInt("usedLast24h")).isEqualTo(1);
    assertThat(used.getBoolean("replacesPending")).isTrue();
    Reply tooMany = pair.requestInteractive();
    assertThat(tooMany.status()).isEqualTo(429);
    assertThat(Instant.parse(tooMany.error().getString("retryAfter")))
        .isEqualTo(Instant.parse(error.getString("retryAfter")));
    assertThat(soapRule(pair)).isEqualTo("P4");

    assertThat(SandboxIntake.received(NUMBER_ID, pair.waId, "call_permission_request"))
        .as("only the one request that went; no pre-flight reached the Cloud API")
        .hasSize(1);
  }

  @Test
  void P9_aPermanentPermissionIsThePreflightsOnlyReason() {
    Pairs pair = Pairs.customer("IGNORE");
    pair.opensTheServiceWindow();
    Reply granted =
        Pairs.control.post(
            "/sandbox/v1/users/" + pair.waId + "/grant",
            "{\"numberId\":\"" + NUMBER_ID + "\",\"permanent\":true}");
    assertThat(granted.status()).isEqualTo(200);
    pair.awaitStatus("PERMANENT");

    JsonObject answer = preflight(pair, null);
    assertThat(answer.getBoolean("allowed")).isFalse();
    assertThat(answer.getJsonArray("errors")).hasSize(1);
    assertThat(answer.getJsonObject("error").getInt("code")).isEqualTo(138017);
    assertThat(answer.getJsonObject("error").getString("rule")).isEqualTo("P9");
    Reply refused = pair.requestInteractive();
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.error().getInt("code")).isEqualTo(138017);
  }

  @Test
  void T2_aTemplateThatIsNotApprovedIsNamedByThePreflight() {
    Pairs pair = Pairs.customer("IGNORE");

    Reply reply =
        Pairs.api.post(
            PREFLIGHT,
            "{\"waId\":\""
                + pair.waId
                + "\",\"kind\":\"TEMPLATE\",\"templateName\":\"no_such_template\","
                + "\"templateLanguage\":\"en\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject error = reply.json().getJsonObject("error");
    assertThat(error.getString("rule")).isEqualTo("T2");
    assertThat(error.getJsonArray("fields").getJsonObject(0).getString("field"))
        .isEqualTo("templateName");
  }

  @Test
  void A2_anotherBusinessesNumberIsNotFound() {
    Pairs pair = Pairs.customer("IGNORE");
    Reply reply =
        dev.callgate.it.Http.withKey(TestServer.AURORA_KEY)
            .post(PREFLIGHT, "{\"waId\":\"" + pair.waId + "\"}");
    assertThat(reply.status()).isEqualTo(404);
  }

  private static JsonObject preflight(Pairs pair, String kind) {
    String body =
        kind == null
            ? "{\"waId\":\"" + pair.waId + "\"}"
            : "{\"waId\":\"" + pair.waId + "\",\"kind\":\"" + kind + "\"}";
    Reply reply = Pairs.api.post(PREFLIGHT, body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** The SOAP pre-flight of a free-form request: the rule that stops it, or null. */
  private static String soapRule(Pairs pair) throws Exception {
    Object kind = enumArgument("preflightPermissionRequest", 2, "INTERACTIVE");
    Object answer =
        invoke(
            TestServer.SUNRISE_KEY,
            "preflightPermissionRequest",
            NUMBER_ID,
            pair.waId,
            kind,
            null,
            null);
    Object error = property(answer, "error");
    return error == null ? null : (String) property(error, "rule");
  }
}
