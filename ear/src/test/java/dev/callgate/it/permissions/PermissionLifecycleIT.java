package dev.callgate.it.permissions;

import static dev.callgate.it.permissions.Pairs.NUMBER_ID;
import static dev.callgate.it.permissions.Pairs.api;
import static dev.callgate.it.permissions.Pairs.control;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pair's permission from request to grant, decline, revocation and expiry, with the sandbox's
 * users answering and their replies arriving as signed webhooks (P2, P3, P6, P9, P11, P12).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionLifecycleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void P3_anAcceptedRequestGrantsATemporaryPermissionFor168Hours() {
    Pairs pair = Pairs.customer("GRANT_TEMPORARY");
    pair.opensTheServiceWindow();

    Reply sent = pair.requestInteractive();
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    JsonObject request = sent.json();
    assertThat(request.getString("status")).isEqualTo("SENT");
    assertThat(request.getString("kind")).isEqualTo("INTERACTIVE");
    assertThat(request.getString("messageId")).startsWith("wamid.");
    assertThat(Instant.parse(request.getString("expiresAt")))
        .isEqualTo(Instant.parse(request.getString("sentAt")).plus(Duration.ofDays(7)));

    JsonObject granted = pair.awaitStatus("TEMPORARY");
    assertThat(granted.getString("source")).isEqualTo("user_action");
    assertThat(Instant.parse(granted.getString("expiresAt")))
        .isEqualTo(Instant.parse(granted.getString("grantedAt")).plus(Duration.ofHours(168)));
    assertThat(granted.getJsonObject("callLimits").getBoolean("canCall")).isTrue();
    assertThat(granted.getJsonObject("lastRequest").getString("answer")).isEqualTo("ACCEPT");

    List<JsonObject> history = pair.history();
    assertThat(history)
        .extracting(e -> e.getString("state"))
        .containsExactly("PENDING", "TEMPORARY");
    assertThat(history)
        .extracting(e -> e.getString("source"))
        .containsExactly("business_request", "user_action");
    assertThat(history.get(0).getString("carrierId")).isEqualTo(request.getString("messageId"));
    assertThat(history.get(1).getString("detail")).contains(request.getString("messageId"));
  }

  @Test
  void P9_aPermanentGrantRefusesFurtherRequestsWith138017() {
    Pairs pair = Pairs.customer("GRANT_PERMANENT");
    pair.opensTheServiceWindow();
    assertThat(pair.requestInteractive().status()).isEqualTo(201);
    JsonObject permanent = pair.awaitStatus("PERMANENT");
    assertThat(permanent.isNull("expiresAt")).isTrue();
    assertThat(permanent.getJsonObject("requestLimits").getString("blockingRule")).isEqualTo("P9");

    Reply again = pair.requestInteractive();
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.error().getInt("code")).isEqualTo(138017);
    assertThat(again.error().getString("rule")).isEqualTo("P9");
    assertThat(pair.atMeta().getInt("requestsLast24h")).isEqualTo(1);
  }

  @Test
  void P6_aDeclinedRequestCanStillBeAcceptedBeforeItExpires() {
    Pairs pair = Pairs.customer("REJECT");
    pair.opensTheServiceWindow();
    String requestId = pair.requestInteractive().json().getString("messageId");
    JsonObject rejected = pair.awaitStatus("REJECTED");
    assertThat(rejected.getJsonObject("callLimits").getString("blockingRule")).isEqualTo("P1");

    Reply changed =
        control.post(
            "/sandbox/v1/users/" + pair.waId + "/reply",
            "{\"numberId\":\""
                + NUMBER_ID
                + "\",\"requestId\":\""
                + requestId
                + "\",\"response\":\"accept\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    pair.awaitStatus("TEMPORARY");
    assertThat(pair.history())
        .extracting(e -> e.getString("state"))
        .containsExactly("PENDING", "REJECTED", "TEMPORARY");
    assertThat(pair.replies())
        .extracting(r -> r.getString("outcome"))
        .containsExactly("APPLIED", "APPLIED");
  }

  @Test
  void P3_aGrantAndARevocationFromTheBusinessProfileNeedNoRequest() {
    Pairs pair = Pairs.customer("IGNORE");
    profile(pair, "grant", "{\"numberId\":\"" + NUMBER_ID + "\",\"permanent\":false}");
    JsonObject granted = pair.awaitStatus("TEMPORARY");
    assertThat(granted.getString("source")).isEqualTo("business_profile");

    profile(pair, "revoke", "{\"numberId\":\"" + NUMBER_ID + "\"}");
    JsonObject revoked = pair.awaitStatus("REVOKED");
    assertThat(revoked.getJsonObject("callLimits").getBoolean("canCall")).isFalse();
    assertThat(pair.history())
        .extracting(e -> e.getString("source"))
        .containsExactly("business_profile", "business_profile");
  }

  @Test
  void P3_aCustomerCallGrantsCallbackPermission() {
    Pairs pair = Pairs.customer("IGNORE");
    Reply called =
        control.post(
            "/sandbox/v1/users/" + pair.waId + "/calls", "{\"numberId\":\"" + NUMBER_ID + "\"}");
    assertThat(called.status()).as(called.body()).isEqualTo(200);
    String callId = called.json().getString("callId");

    JsonObject granted = pair.awaitStatus("TEMPORARY");
    assertThat(granted.getString("source")).isEqualTo("automatic");
    assertThat(granted.isNull("serviceWindowEndsAt")).isFalse();
    assertThat(pair.history())
        .singleElement()
        .satisfies(e -> assertThat(e.getString("carrierId")).isEqualTo(callId));

    // Meta's own callback grant for the same call, delivered late, changes nothing
    Replies.deliverCallback(pair.waId, callId, Pairs.sandboxNow());
    pair.await(p -> !pair.replies().isEmpty());
    assertThat(pair.replies().get(0).getString("outcome")).isEqualTo("UNCHANGED");
    assertThat(pair.history()).hasSize(1);
  }

  @Test
  void P12_aReplyToAnExpiredRequestChangesNothingAndIsRecordedAsSuch() {
    Pairs pair = Pairs.customer("IGNORE");
    pair.opensTheServiceWindow();
    String requestId = pair.requestInteractive().json().getString("messageId");
    assertThat(pair.permission().getString("status")).isEqualTo("PENDING");

    Pairs.advance(Duration.ofDays(7).plusMinutes(1));
    JsonObject lapsed = pair.permission();
    assertThat(lapsed.getString("status")).isEqualTo("NONE");
    assertThat(lapsed.getJsonObject("lastRequest").getString("status")).isEqualTo("EXPIRED");
    assertThat(pair.history().get(1).getString("source")).isEqualTo("expiry");

    Reply refusedByMeta =
        control.post(
            "/sandbox/v1/users/" + pair.waId + "/reply",
            "{\"numberId\":\""
                + NUMBER_ID
                + "\",\"requestId\":\""
                + requestId
                + "\",\"response\":\"accept\"}");
    assertThat(refusedByMeta.status()).isEqualTo(409);

    // a late delivery of an acceptance of that request still arrives
    Replies.deliver(pair.waId, requestId, true, Pairs.sandboxNow());
    pair.await(p -> !pair.replies().isEmpty());
    assertThat(pair.replies())
        .singleElement()
        .satisfies(r -> assertThat(r.getString("outcome")).isEqualTo("EXPIRED_REQUEST"));
    assertThat(pair.permission().getString("status")).isEqualTo("NONE");
    assertThat(pair.history()).hasSize(2);
  }

  @Test
  void P12_aReplyNamingNoRequestOfThePairChangesNothing() {
    Pairs pair = Pairs.customer("IGNORE");
    Replies.deliver(pair.waId, "wamid.NotSentByCallgate", true, Pairs.sandboxNow());
    pair.await(p -> !pair.replies().isEmpty());
    assertThat(pair.replies().get(0).getString("outcome")).isEqualTo("UNKNOWN_REQUEST");
    assertThat(pair.permission().getString("status")).isEqualTo("NONE");
  }

  @Test
  void A2_anotherBusinessCannotSeeOrAskThePair() {
    Pairs pair = Pairs.customer("IGNORE");
    Http aurora = Http.withKey(TestServer.AURORA_KEY);
    assertThat(aurora.get("/api/v1/numbers/" + NUMBER_ID + "/permissions/" + pair.waId).status())
        .isEqualTo(404);
    Reply asked =
        aurora.post(
            "/api/v1/numbers/" + NUMBER_ID + "/permission-requests",
            "{\"waId\":\"" + pair.waId + "\",\"kind\":\"INTERACTIVE\",\"bodyText\":\"Hi\"}");
    assertThat(asked.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/numbers/" + NUMBER_ID + "/permissions/12").status()).isEqualTo(400);
  }

  private static void profile(Pairs pair, String action, String body) {
    Reply reply = control.post("/sandbox/v1/users/" + pair.waId + "/" + action, body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }
}
