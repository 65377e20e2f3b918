package dev.callgate.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Rule A1 in the console: the contacts page offers every agent in its assignee menu, and accounts
 * decides, as it does for the REST API and SOAP. A teammate only takes an unassigned chat; a sales
 * lead moves chats within their team.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentRolesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  private ConsoleBrowser browser;

  @BeforeEach
  void startBrowser() {
    browser = ConsoleBrowser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void A1_aTeammateIsRefusedAnotherAgentsChatAndTakesAnUnassignedOne() {
    String kavyas = contact("Kavya's customer", SandboxCustomer.agent("kavya@sunrise.example"));
    String free = contact("Free customer", null);
    signIn("rahul@sunrise.example", "Rahul Verma");

    assign(kavyas, "Rahul Verma");
    browser.waitUntil(
        textToBePresentInElementLocated(
            By.className("ui-growl"), "A Teammate may only take an unassigned chat"));
    browser.screenshot("console-teammate-reassign-refused");
    assertThat(assignee(kavyas)).isEqualTo(SandboxCustomer.agent("kavya@sunrise.example"));

    browser.open("/console/contacts.xhtml");
    assign(free, "Rahul Verma");
    browser.waitUntil(invisibilityOfElementLocated(By.id("editDialog")));
    browser.waitUntil(textToBePresentInElementLocated(row(free), "Rahul Verma"));
    assertThat(assignee(free)).isEqualTo(SandboxCustomer.agent("rahul@sunrise.example"));
  }

  @Test
  void A1_aSalesLeadMovesChatsWithinTheirTeamOnly() {
    String rahuls = contact("Rahul's customer", SandboxCustomer.agent("rahul@sunrise.example"));
    String kavyas = contact("Support customer", SandboxCustomer.agent("kavya@sunrise.example"));
    signIn("meera@sunrise.example", "Meera Iyer");

    assign(rahuls, "Meera Iyer");
    browser.waitUntil(invisibilityOfElementLocated(By.id("editDialog")));
    browser.waitUntil(textToBePresentInElementLocated(row(rahuls), "Meera Iyer"));
    assertThat(assignee(rahuls)).isEqualTo(SandboxCustomer.agent("meera@sunrise.example"));

    browser.open("/console/contacts.xhtml");
    assign(kavyas, "Meera Iyer");
    browser.waitUntil(
        textToBePresentInElementLocated(
            By.className("ui-growl"), "A Sales Lead assigns chats within their own team only"));
    assertThat(assignee(kavyas)).isEqualTo(SandboxCustomer.agent("kavya@sunrise.example"));
  }

  private void signIn(String email, String name) {
    browser.signIn(email, TestServer.DEMO_PASSWORD);
    browser.waitUntil(textToBePresentInElementLocated(By.id("agentName"), name));
    browser.open("/console/contacts.xhtml");
  }

  private void assign(String waId, String agentName) {
    browser.click(By.cssSelector("span[data-wa-id='" + waId + "'] button"));
    browser.choose("editForm:assignee", agentName);
    browser.click(By.id("editForm:save"));
  }

  private static By row(String waId) {
    return By.xpath("//tr[.//span[@data-wa-id='" + waId + "']]");
  }

  private String contact(String name, Long assignee) {
    String waId = "9196" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    String body =
        assignee == null
            ? "{\"name\":\"" + name + "\"}"
            : "{\"name\":\"" + name + "\",\"assigneeAgentId\":" + assignee + "}";
    Reply saved = api.put("/api/v1/contacts/" + waId, body);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    return waId;
  }

  private long assignee(String waId) {
    return api.get("/api/v1/contacts/" + waId).json().getJsonNumber("assigneeAgentId").longValue();
  }
}
