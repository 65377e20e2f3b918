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

/** The working foundation endpoints, as an integrator uses them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactsAndAgentsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Test
  void aContactIsCreatedThenReadBackWithAssigneeAndOwner() {
    long meera = agentId("meera@sunrise.example");
    long rahul = agentId("rahul@sunrise.example");
    Reply saved =
        api.put(
            "/api/v1/contacts/%2B91%2098111%2022334",
            "{\"name\":\"Lakshmi\",\"assigneeAgentId\":"
                + rahul
                + ",\"ownerAgentId\":"
                + meera
                + "}");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().getString("waId")).isEqualTo("919811122334");

    JsonObject read = api.get("/api/v1/contacts/919811122334").json();
    assertThat(read.getString("name")).isEqualTo("Lakshmi");
    assertThat(read.getJsonNumber("assigneeAgentId").longValue()).isEqualTo(rahul);
    assertThat(read.getJsonNumber("ownerAgentId").longValue()).isEqualTo(meera);
  }

  @Test
  void aContactCanBeUnassigned() {
    api.put(
        "/api/v1/contacts/919811122335",
        "{\"name\":\"Ravi\",\"assigneeAgentId\":" + agentId("rahul@sunrise.example") + "}");
    Reply cleared =
        api.put("/api/v1/contacts/919811122335", "{\"name\":\"Ravi\",\"assigneeAgentId\":null}");
    assertThat(cleared.json().isNull("assigneeAgentId")).isTrue();
  }

  @Test
  void agentsListTheContractFields() {
    JsonObject priya =
        api.get("/api/v1/agents").array().getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("email").equals("priya@sunrise.example"))
            .findFirst()
            .orElseThrow();
    assertThat(priya.getString("role")).isEqualTo("OWNER");
    assertThat(priya).containsKeys("id", "name", "teamId", "availability", "onCall");
  }

  @Test
  void availabilityTogglesAndIsReadBack() {
    long kavya = agentId("kavya@sunrise.example");
    assertThat(
            api.put("/api/v1/agents/" + kavya + "/availability", "{\"availability\":\"ONLINE\"}")
                .json()
                .getString("availability"))
        .isEqualTo("ONLINE");
    assertThat(agent("kavya@sunrise.example").getString("availability")).isEqualTo("ONLINE");
    api.put("/api/v1/agents/" + kavya + "/availability", "{\"availability\":\"OFFLINE\"}");
    assertThat(agent("kavya@sunrise.example").getString("availability")).isEqualTo("OFFLINE");
  }

  private long agentId(String email) {
    return agent(email).getJsonNumber("id").longValue();
  }

  private JsonObject agent(String email) {
    return api.get("/api/v1/agents").array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("email").equals(email))
        .findFirst()
        .orElseThrow();
  }
}
