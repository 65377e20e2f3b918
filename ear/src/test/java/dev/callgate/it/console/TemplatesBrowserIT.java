package dev.callgate.it.console;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The templates page in a real browser: every field problem shown beside its field at once, the
 * live preview and counters, and a valid template submitted, listed and reviewed (T1, T2). Aurora
 * Modas makes the template, leaving Sunrise's audit log to the tests that read its newest entry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplatesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

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
  void T1_T2_fieldErrorsShowBesideTheirFieldsThenAValidTemplateIsPreviewedSubmittedAndListed() {
    browser.signIn("ana@aurora.example", TestServer.DEMO_PASSWORD);
    browser.click(By.id("menuTemplates"));

    browser.type(By.id("createForm:name"), "Order Call");
    browser.type(By.id("createForm:language"), "english");
    browser.type(By.id("createForm:body"), "Hi {{1}}, <b>may</b> we call you?");
    By example = By.id("createForm:examples:0:example");
    browser.waitFor(example); // one input per placeholder, added as the body is typed
    browser.click(By.id("createForm:create"));

    browser.waitUntil(
        textToBePresentInElementLocated(
            By.id("createForm:nameMessage"), "Name may hold only lowercase letters"));
    assertThat(browser.waitFor(By.id("createForm:languageMessage")).getText())
        .contains("Language must be a language code");
    assertThat(browser.waitFor(By.id("createForm:bodyMessage")).getText())
        .contains("must not contain markup");
    assertThat(browser.waitFor(By.id("createForm")).getText())
        .contains("Example for {{1}} is empty");
    browser.screenshot("console-template-refused");

    String name = "browser_" + Long.toString(System.nanoTime(), 36);
    browser.type(By.id("createForm:name"), name);
    browser.type(By.id("createForm:language"), "en");
    browser.type(By.id("createForm:header"), "Order update");
    browser.type(By.id("createForm:body"), "Hi {{1}}, may we call you about your order?");
    browser.type(By.id("createForm:footer"), "Aurora Modas");
    browser.type(example, "Ana");

    browser.waitUntil(
        textToBePresentInElementLocated(
            By.id("previewBody"), "Hi Ana, may we call you about your order?"));
    assertThat(browser.waitFor(By.id("previewHeader")).getText()).isEqualTo("Order update");
    assertThat(browser.waitFor(By.id("previewFooter")).getText()).isEqualTo("Aurora Modas");
    assertThat(browser.waitFor(By.id("createForm:headerCounter")).getText()).isEqualTo("12 / 60");
    assertThat(browser.waitFor(By.id("createForm:bodyCounter")).getText()).isEqualTo("43 / 1024");
    browser.screenshot("console-template-preview");

    browser.click(By.id("createForm:create"));
    By row = By.xpath("//tr[.//span[@data-template-name='" + name + "']]");
    browser.waitFor(row);
    // the list refreshes by itself until Meta's review arrives
    browser.waitUntil(textToBePresentInElementLocated(row, "APPROVED"));
    browser.screenshot("console-templates");

    JsonObject listed =
        Http.withKey(TestServer.AURORA_KEY).get("/api/v1/templates").array().stream()
            .map(JsonObject.class::cast)
            .filter(t -> t.getString("name").equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("headerText")).isEqualTo("Order update");
    assertThat(listed.getJsonArray("examples").getString(0)).isEqualTo("Ana");
  }

  @Test
  void A1_aTeammateHasNoTemplatesMenuAndIsForbiddenThePage() {
    browser.signIn("rahul@sunrise.example", TestServer.DEMO_PASSWORD);
    browser.waitUntil(textToBePresentInElementLocated(By.id("agentRole"), "Teammate"));
    assertThat(browser.isPresent(By.id("menuTemplates"))).isFalse();
    assertThat(browser.statusOf("/console/templates.xhtml")).isEqualTo(403);
  }
}
