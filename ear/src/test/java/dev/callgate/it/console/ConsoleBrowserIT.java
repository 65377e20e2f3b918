package dev.callgate.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
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
 * The console in a real browser: sign-in, the agents' availability switch, roles, contacts and API
 * keys, each checked against the REST API an integrator would use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

  private static final String OWNER = "priya@sunrise.example";
  private static final String TEAMMATE = "rahul@sunrise.example";
  private static final String KAVYA = "kavya@sunrise.example";

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
  void R2_A3_anOwnerSwitchesAnAgentOnlineAndOfflineTheApiAgreesAndTheAuditLogSaysWho() {
    // Other test classes share the server and may have left Kavya online.
    String offline = "{\"availability\":\"OFFLINE\"}";
    assertThat(
            api.put("/api/v1/agents/" + agent(KAVYA).getJsonNumber("id") + "/availability", offline)
                .status())
        .isEqualTo(200);
    browser.signIn(OWNER, TestServer.DEMO_PASSWORD);
    browser.waitUntil(textToBePresentInElementLocated(By.id("agentName"), "Priya Sharma"));

    switchAvailability(KAVYA, "ONLINE");
    assertThat(agent(KAVYA).getString("availability")).isEqualTo("ONLINE");
    browser.screenshot("console-agents");

    switchAvailability(KAVYA, "OFFLINE");
    assertThat(agent(KAVYA).getString("availability")).isEqualTo("OFFLINE");

    browser.click(By.id("menuAudit"));
    String newest = browser.waitFor(By.cssSelector("[id='auditForm:entries_data'] tr")).getText();
    assertThat(newest)
        .contains(
            "agent:" + OWNER,
            "agent.availability",
            "agent:" + agent(KAVYA).getJsonNumber("id"),
            "OFFLINE",
            "127.0.0.1");
    browser.screenshot("console-audit");
  }

  @Test
  void aWrongPasswordShowsTheErrorAndStaysOnTheSignInPage() {
    browser.signIn(OWNER, "not-the-password");

    browser.waitUntil(
        textToBePresentInElementLocated(
            By.id("login:messages"), "Unknown e-mail or wrong password"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/console/login.xhtml");
    assertThat(browser.isPresent(By.id("agentName"))).isFalse();
    browser.screenshot("console-login-refused");
  }

  @Test
  void aProtectedPageAsksToSignInFirstAndLoggingOutEndsTheSession() {
    browser.open("/console/contacts.xhtml");
    browser.waitFor(By.id("login:email"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/console/login.xhtml");

    browser.type(By.id("login:email"), OWNER);
    browser.type(By.id("login:password"), TestServer.DEMO_PASSWORD);
    browser.click(By.id("login:signIn"));
    browser.waitFor(By.id("contactsForm"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/console/contacts.xhtml");

    browser.click(By.id("logoutForm:logout"));
    browser.waitFor(By.id("login:email"));
    browser.open("/console/contacts.xhtml");
    browser.waitFor(By.id("login:email"));
    assertThat(browser.isPresent(By.id("contactsForm"))).isFalse();
  }

  @Test
  void A1_aTeammateHasNoAdministrationMenuAndIsForbiddenItsPages() {
    browser.signIn(TEAMMATE, TestServer.DEMO_PASSWORD);
    browser.waitUntil(textToBePresentInElementLocated(By.id("agentRole"), "Teammate"));
    assertThat(browser.isPresent(By.id("menuAgents"))).isTrue();
    assertThat(browser.isPresent(By.id("menuApiKeys"))).isFalse();
    assertThat(browser.isPresent(By.id("menuAudit"))).isFalse();
    // a teammate switches only themself
    assertThat(browser.isPresent(switchOf(TEAMMATE, " .ui-toggleswitch.ui-state-disabled")))
        .isFalse();
    assertThat(
            browser.isPresent(
                switchOf("meera@sunrise.example", " .ui-toggleswitch.ui-state-disabled")))
        .isTrue();

    browser.open("/console/apikeys.xhtml");
    browser.waitUntil(
        textToBePresentInElementLocated(By.tagName("main"), "your role does not allow this page"));
    assertThat(browser.isPresent(By.id("issueForm"))).isFalse();
    browser.screenshot("console-forbidden");
    assertThat(browser.statusOf("/console/apikeys.xhtml")).isEqualTo(403);
    assertThat(browser.statusOf("/console/audit.xhtml")).isEqualTo(403);
  }

  @Test
  void A2_aKeyIssuedInTheConsoleIsShownOnceAndWorksUntilRevokedThere() {
    String name = "Browser test " + System.nanoTime();
    browser.signIn(OWNER, TestServer.DEMO_PASSWORD);
    browser.waitFor(By.id("menuApiKeys"));
    browser.click(By.id("menuApiKeys"));

    browser.type(By.id("issueForm:name"), name);
    browser.click(By.id("issueForm:issue"));
    String secret = browser.waitFor(By.id("secretForm:secret")).getDomProperty("value");
    assertThat(secret).startsWith("cg_");
    assertThat(browser.waitFor(By.id("secretDialog")).getText())
        .contains("it will not be shown again");
    browser.screenshot("console-apikey-issued");
    assertThat(Http.withKey(secret).get("/api/v1/numbers").status()).isEqualTo(200);

    browser.click(By.id("secretForm:done"));
    browser.waitUntil(invisibilityOfElementLocated(By.id("secretDialog")));
    assertThat(browser.driver().getPageSource()).doesNotContain(secret);
    browser.screenshot("console-apikeys");

    By revoke = By.cssSelector("span[data-key-name='" + name + "'] button");
    browser.click(revoke);
    browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    browser.waitUntil(invisibilityOfElementLocated(revoke));
    assertThat(Http.withKey(secret).get("/api/v1/numbers").status()).isEqualTo(401);
  }

  @Test
  void aContactAddedInTheConsoleIsAssignedThereAndTheApiAgrees() {
    browser.signIn(OWNER, TestServer.DEMO_PASSWORD);
    browser.waitFor(By.id("menuContacts"));
    browser.click(By.id("menuContacts"));

    browser.type(By.id("addContact:waId"), "12345");
    browser.click(By.id("addContact:add"));
    assertThat(browser.waitFor(By.cssSelector("#addContact .ui-message-error")).getText())
        .startsWith("WhatsApp number ");
    browser.screenshot("console-contact-refused");

    browser.type(By.id("addContact:waId"), "+91 98111 55667");
    browser.type(By.id("addContact:name"), "Sunita Rao");
    browser.click(By.id("addContact:add"));
    By edit = By.cssSelector("span[data-wa-id='919811155667'] button");
    browser.click(edit);
    browser.choose("editForm:assignee", "Rahul Verma");
    browser.screenshot("console-contact-edit");
    browser.click(By.id("editForm:save"));
    browser.waitUntil(invisibilityOfElementLocated(By.id("editDialog")));
    By row = By.xpath("//tr[.//span[@data-wa-id='919811155667']]");
    browser.waitUntil(textToBePresentInElementLocated(row, "Rahul Verma"));

    JsonObject contact = api.get("/api/v1/contacts/919811155667").json();
    assertThat(contact.getString("name")).isEqualTo("Sunita Rao");
    assertThat(contact.getJsonNumber("assigneeAgentId").longValue())
        .isEqualTo(agent(TEAMMATE).getJsonNumber("id").longValue());
  }

  /** Moves the row's switch and waits until the re-rendered row shows the new state. */
  private void switchAvailability(String email, String expected) {
    browser.click(switchOf(email, " .ui-toggleswitch-slider"));
    browser.waitUntil(attributeToBe(switchOf(email, ""), "data-availability", expected));
  }

  /** The availability cell of an agent's row, refined by a CSS selector suffix. */
  private static By switchOf(String email, String refinement) {
    return By.cssSelector("span[data-email='" + email + "']" + refinement);
  }

  private JsonObject agent(String email) {
    return api.get("/api/v1/agents").array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("email").equals(email))
        .findFirst()
        .orElseThrow();
  }
}
