package dev.callgate.it.console;

import static dev.callgate.it.console.SandboxCustomer.NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.TestServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The contact page's call button as the rules allow it: only the agent the chat is assigned to has
 * one (L6), and when the pre-flight refuses (L7) it is disabled with the rule that stops the call
 * and, for a limit that lifts, until when.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallButtonBrowserIT {

  private static final String RAHUL = "rahul@sunrise.example";
  private static final String PRIYA = "priya@sunrise.example";
  private static final Http API = Http.withKey(TestServer.SUNRISE_KEY);

  private static final By CALL = By.id("callForm:call");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private ConsoleBrowser agent;

  @BeforeEach
  void signIn() {
    agent = ConsoleBrowser.start();
    agent.signIn(RAHUL, TestServer.DEMO_PASSWORD);
    agent.waitFor(By.id("agentName"));
  }

  @AfterEach
  void closeBrowser() {
    if (agent != null) {
      agent.close();
    }
  }

  @Test
  void L6_P1_noCallButtonUnlessTheChatIsMineAndADisabledOneThatSaysWhyWithoutPermission() {
    long rahul = SandboxCustomer.agent(RAHUL);
    long priya = SandboxCustomer.agent(PRIYA);
    SandboxCustomer nobodys = SandboxCustomer.answering("IGNORE").asContact("Unassigned");
    SandboxCustomer priyas = SandboxCustomer.answering("IGNORE").asContactOf("Priya's", priya);
    SandboxCustomer unasked = SandboxCustomer.answering("IGNORE").asContactOf("Unasked", rahul);

    open(nobodys);
    assertThat(agent.waitFor(By.id("callForm:note")).getText())
        .contains("not assigned to an agent", "(L6)");
    assertThat(agent.isPresent(CALL)).isFalse();

    open(priyas);
    assertThat(agent.waitFor(By.id("callForm:note")).getText())
        .contains("Only Priya Sharma", "(L6)");
    assertThat(agent.isPresent(CALL)).isFalse();

    open(unasked);
    WebElement button = agent.waitFor(CALL);
    assertThat(button.isEnabled()).isFalse();
    assertThat(agent.waitFor(By.id("callForm:reason")).getText())
        .contains("has not granted call permission", "(P1)");
    assertThat(agent.isPresent(By.id("callForm:until"))).isFalse();
    agent.screenshot("softphone-no-permission");
  }

  @Test
  void L2_L7_aCustomerCalledFiveTimesTodayGetsADisabledButtonThatSaysUntilWhen() {
    long rahul = SandboxCustomer.agent(RAHUL);
    SandboxCustomer customer =
        SandboxCustomer.answering("IGNORE")
            .onCall("\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":1")
            .asContactOf("Called often", rahul)
            .grants();
    // the per-pair limit (L2, 5 in 24 hours) used up through the API; each call ends by itself
    for (int i = 0; i < 5; i++) {
      Http.Reply started =
          API.post(
              "/api/v1/numbers/" + NUMBER_ID + "/calls",
              Json.createObjectBuilder()
                  .add("waId", customer.waId)
                  .add("agentId", rahul)
                  .add("sdpOffer", fixtureOffer())
                  .build()
                  .toString());
      assertThat(started.status()).as(started.body()).isEqualTo(201);
      long id = started.json().getJsonNumber("id").longValue();
      SandboxCustomer.await(
          () -> API.get("/api/v1/calls/" + id).json().getString("status"), "COMPLETED"::equals);
    }

    open(customer);

    assertThat(agent.waitFor(CALL).isEnabled()).isFalse();
    assertThat(agent.waitFor(By.id("callForm:reason")).getText()).contains("(L2)");
    assertThat(agent.waitFor(By.id("callForm:until")).getText())
        .matches("Possible again at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\.");
    agent.screenshot("softphone-limit");
  }

  private void open(SandboxCustomer customer) {
    agent.open("/console/contacts/detail.xhtml?waId=" + customer.waId + "&number=" + NUMBER_ID);
    agent.waitFor(By.id("callForm"));
  }

  private static String fixtureOffer() {
    try {
      return Files.readString(Path.of("../../shared/fixtures/sdp-offer-chrome-like.sdp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
