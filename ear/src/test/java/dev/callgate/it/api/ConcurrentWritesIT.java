package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.Race;
import dev.callgate.it.Soap;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes that race on one row, over REST and SOAP at once: they are applied one after the other,
 * each answered with what it wrote, and none of them is ever a 500. A contact saved many times at
 * once for the first time is created once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentWritesIT {

  private static final int RACERS = 20;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Test
  void concurrentFirstSavesOfOneContactCreateItOnceAndEachApplies() throws Exception {
    String waId = freshWaId();
    List<Callable<Reply>> saves = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      String body = "{\"name\":\"Racer " + i + "\"}";
      saves.add(() -> api.put("/api/v1/contacts/" + waId, body));
    }

    List<Reply> replies = Race.all(saves);

    for (int i = 0; i < RACERS; i++) {
      Reply reply = replies.get(i);
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      // each save answers with the contact as it left it: none was lost or merged into another
      assertThat(reply.json().getString("name")).isEqualTo("Racer " + i);
    }
    assertThat(replies.stream().map(r -> r.json().getString("waId")).distinct())
        .containsExactly(waId);
    JsonObject stored = api.get("/api/v1/contacts/" + waId).json();
    assertThat(stored.getString("name")).startsWith("Racer ");
  }

  @Test
  void concurrentUpdatesOfOneContactApplyOneAfterTheOther() throws Exception {
    String waId = freshWaId();
    long rahul = agentId("rahul@sunrise.example");
    long meera = agentId("meera@sunrise.example");
    assertThat(api.put("/api/v1/contacts/" + waId, "{\"name\":\"Before\"}").status())
        .isEqualTo(200);
    List<Callable<Reply>> updates = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      long assignee = i % 2 == 0 ? rahul : meera;
      String body = "{\"name\":\"Update " + i + "\",\"assigneeAgentId\":" + assignee + "}";
      updates.add(() -> api.put("/api/v1/contacts/" + waId, body));
    }

    List<Reply> replies = Race.all(updates);

    assertThat(replies).extracting(Reply::status).containsOnly(200);
    JsonObject stored = api.get("/api/v1/contacts/" + waId).json();
    int last = Integer.parseInt(stored.getString("name").substring("Update ".length()));
    // the stored contact is one whole update, never the name of one and the assignee of another
    assertThat(stored.getJsonNumber("assigneeAgentId").longValue())
        .isEqualTo(last % 2 == 0 ? rahul : meera);
  }

  @Test
  void concurrentAvailabilitySwitchesOverRestAndSoapNeverFail() throws Exception {
    long kavya = agentId("kavya@sunrise.example");
    List<Callable<Integer>> switches = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      String wanted = i % 4 < 2 ? "ONLINE" : "OFFLINE";
      if (i % 2 == 0) {
        String body = "{\"availability\":\"" + wanted + "\"}";
        switches.add(() -> api.put("/api/v1/agents/" + kavya + "/availability", body).status());
      } else {
        switches.add(() -> soapSwitch(kavya, wanted));
      }
    }

    List<Integer> statuses = Race.all(switches);

    assertThat(statuses).containsOnly(200);
    assertThat(
            api.put("/api/v1/agents/" + kavya + "/availability", "{\"availability\":\"OFFLINE\"}")
                .json()
                .getString("availability"))
        .isEqualTo("OFFLINE");
  }

  @Test
  void A1_anApiKeyActsForTheWholeBusinessOverRestAndSoap() throws Exception {
    String waId = freshWaId();
    long rahul = agentId("rahul@sunrise.example");
    long kavya = agentId("kavya@sunrise.example");
    long meera = agentId("meera@sunrise.example");
    api.put("/api/v1/contacts/" + waId, "{\"name\":\"Key\",\"assigneeAgentId\":" + rahul + "}");

    // a key reassigns any chat to anyone, across teams, as an owner would
    Reply moved =
        api.put("/api/v1/contacts/" + waId, "{\"name\":\"Key\",\"assigneeAgentId\":" + kavya + "}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().getJsonNumber("assigneeAgentId").longValue()).isEqualTo(kavya);
    // and switches any agent, over SOAP as over REST
    String before = agent("meera@sunrise.example").getString("availability");
    String other = before.equals("ONLINE") ? "OFFLINE" : "ONLINE";
    assertThat(soapSwitch(meera, other)).isEqualTo(200);
    assertThat(agent("meera@sunrise.example").getString("availability")).isEqualTo(other);
    assertThat(soapSwitch(meera, before)).isEqualTo(200);
  }

  private static int soapSwitch(long agentId, String availability) {
    return Soap.post(
            TestServer.SUNRISE_KEY,
            "",
            "<cg:setAgentAvailability><agentId>"
                + agentId
                + "</agentId><availability>"
                + availability
                + "</availability></cg:setAgentAvailability>")
        .status();
  }

  /** An Indian mobile number no other test uses. */
  private static String freshWaId() {
    return "9198" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
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
