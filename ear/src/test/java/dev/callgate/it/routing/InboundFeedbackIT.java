package dev.callgate.it.routing;

import static dev.callgate.it.routing.Inbound.accept;
import static dev.callgate.it.routing.Inbound.advance;
import static dev.callgate.it.routing.Inbound.agent;
import static dev.callgate.it.routing.Inbound.api;
import static dev.callgate.it.routing.Inbound.awaitCall;
import static dev.callgate.it.routing.Inbound.awaitOffers;
import static dev.callgate.it.routing.Inbound.id;
import static dev.callgate.it.routing.Inbound.ringsFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Await;
import dev.callgate.it.Deployments;
import dev.callgate.it.Http.Reply;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a customer's call means for the pair's permission (P3b, P5) and for the call list. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboundFeedbackIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void P3_aCustomersCallToANumberWithCallbacksOnGrantsTemporaryPermission() {
    Inbound.onlyOnline();
    Inbound.routing("ROUND_ROBIN", "meera");
    String customer = Inbound.customer(3);
    assertThat(permission(customer).getString("status")).isEqualTo("NONE");

    long call = id(Inbound.calls(customer, Inbound.US, null));
    JsonObject granted =
        Await.until(
            () -> permission(customer),
            p -> p.getString("status").equals("TEMPORARY"),
            Inbound.WAIT);
    assertThat(granted.getString("source")).isEqualTo("automatic");
    assertThat(awaitCall(call, c -> c.getString("status").equals("MISSED")).getString("missReason"))
        .as("nobody was online")
        .isEqualTo("all_offline");
  }

  @Test
  void P5_aConnectedCustomersCallResetsTheRequestLimits() {
    Inbound.onlyOnline("kavya");
    Inbound.routing("ROUND_ROBIN", "kavya");
    String customer = Inbound.customer(7);
    // the customer writes first: the service window a free-form request needs (T3)
    Reply wrote =
        Inbound.control.post(
            "/sandbox/v1/users/" + customer + "/messages",
            "{\"numberId\":\"" + Inbound.US + "\",\"text\":\"Call me back\"}");
    assertThat(wrote.status()).isEqualTo(200);
    Await.until(
        () ->
            api.post(
                "/api/v1/numbers/" + Inbound.US + "/permission-requests",
                "{\"waId\":\""
                    + customer
                    + "\",\"kind\":\"INTERACTIVE\","
                    + "\"bodyText\":\"May we call you back?\"}"),
        r -> r.status() == 201,
        Inbound.WAIT);
    assertThat(limits(customer).getInt("usedLast24h")).isEqualTo(1);
    assertThat(limits(customer).getBoolean("canRequest")).isFalse();

    long call = id(Inbound.calls(customer, Inbound.US, null));
    awaitOffers(call, o -> ringsFor(o, agent("kavya")));
    assertThat(accept(call, agent("kavya")).status()).isEqualTo(200);
    advance(8);
    awaitCall(call, c -> c.getString("status").equals("COMPLETED"));

    JsonObject reset =
        Await.until(() -> limits(customer), l -> l.getInt("usedLast24h") == 0, Inbound.WAIT);
    assertThat(reset.getBoolean("canRequest")).isTrue();
  }

  @Test
  void theCallListFiltersByDirectionStatusAgentAndCustomerAndPages() {
    Inbound.onlyOnline();
    Inbound.routing("ROUND_ROBIN", "meera");
    String customer = Inbound.customer(3);
    long first = id(Inbound.calls(customer, Inbound.US, null));
    awaitCall(first, c -> c.getString("status").equals("MISSED"));
    advance(2);
    long second = id(Inbound.calls(customer, Inbound.US, null));
    awaitCall(second, c -> c.getString("status").equals("MISSED"));

    JsonObject page =
        api.get(
                "/api/v1/calls?waId="
                    + customer
                    + "&direction=USER_INITIATED&status=MISSED"
                    + "&missedBy=AGENT&page=0&size=1")
            .json();
    assertThat(page.getInt("total")).isEqualTo(2);
    assertThat(page.getInt("size")).isEqualTo(1);
    assertThat(page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .as("newest first")
        .isEqualTo(second);
    assertThat(
            api.get("/api/v1/calls?waId=" + customer + "&direction=BUSINESS_INITIATED")
                .json()
                .getInt("total"))
        .isZero();
    Reply unknown = api.get("/api/v1/calls?status=LOST&page=-1");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.error().getJsonArray("fields").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("field"))
        .containsExactlyInAnyOrder("status", "page");
    Reply tooMany = api.get("/api/v1/calls?size=1000");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.error().getJsonArray("fields").getJsonObject(0).getString("field"))
        .isEqualTo("size");
  }

  private static JsonObject permission(String waId) {
    return api.get("/api/v1/numbers/" + Inbound.US + "/permissions/" + waId).json();
  }

  private static JsonObject limits(String waId) {
    return permission(waId).getJsonObject("requestLimits");
  }
}
