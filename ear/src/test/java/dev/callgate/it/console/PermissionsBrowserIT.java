package dev.callgate.it.console;

import static dev.callgate.it.console.SandboxCustomer.NUMBER_DIGITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.util.List;
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
 * A customer's call permission as an agent handles it in the console: the contact page explains
 * what may be sent before anything is, sends a request, and follows the customer's answer, which
 * arrives by webhook, without a reload; the permissions page lists the customer afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionsBrowserIT {

  private static final String OWNER = "priya@sunrise.example";
  private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC";

  private static final String SUNRISE_WABA = "102290129340398";

  private static final By STATE = By.id("pairForm:state");
  private static final By SEND = By.id("requestForm:send");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private ConsoleBrowser browser;

  @BeforeEach
  void signIn() {
    browser = ConsoleBrowser.start();
    browser.signIn(OWNER, TestServer.DEMO_PASSWORD);
    browser.waitFor(By.id("agentName"));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void P3_P11_aFreeFormRequestFromTheContactPageTurnsTemporaryWithoutAReloadAndIsLedgered() {
    String name = "Permission " + System.nanoTime();
    SandboxCustomer customer =
        SandboxCustomer.answering("GRANT_TEMPORARY").asContact(name).writes();

    browser.click(By.id("menuContacts"));
    browser.click(By.cssSelector("a[data-wa-id='" + customer.waId + "']"));
    browser.waitUntil(textToBePresentInElementLocated(STATE, "None"));
    // the customer wrote to the Indian number, so the page opens on it
    assertThat(browser.waitFor(By.id("numberForm:number_label")).getText()).contains(NUMBER_DIGITS);
    assertThat(enabled(SEND)).isTrue();
    assertThat(browser.waitFor(By.id("pairForm:window")).getText()).startsWith("Open until");
    browser.screenshot("console-permission-none");

    browser.driver().executeScript("window.callgateNotReloaded = true");
    browser.type(By.id("requestForm:body"), "May we call you about your order?");
    browser.click(SEND);
    browser.waitUntil(textToBePresentInElementLocated(STATE, "Pending"));
    browser.screenshot("console-permission-pending");

    // the sandbox user grants after a moment; the webhook, not a reload, moves the page on
    browser.waitUntil(textToBePresentInElementLocated(STATE, "Temporary"));
    assertThat(browser.driver().executeScript("return window.callgateNotReloaded === true"))
        .isEqualTo(true);
    assertThat(browser.waitFor(By.id("pairForm:expires")).getText()).matches(INSTANT);
    assertThat(browser.waitFor(By.id("pairForm:source")).getText()).isEqualTo("Customer's answer");
    assertThat(customer.permission().getString("status")).isEqualTo("TEMPORARY");

    List<WebElement> ledger =
        browser.waitUntil(
            numberOfElementsToBe(By.cssSelector("[id='historyForm:ledger_data'] tr"), 2));
    assertThat(ledger.get(0).getText()).contains("Pending", "Request sent");
    assertThat(ledger.get(1).getText()).contains("Temporary", "Customer's answer");
    assertThat(browser.waitFor(By.cssSelector("[id='historyForm:requests_data'] tr")).getText())
        .contains("Free-form", "Priya Sharma", "Accept");
    // nothing is awaited any more: the page stops asking (P4 also stops a second request)
    browser.waitUntil(
        driver ->
            Boolean.FALSE.equals(
                browser
                    .driver()
                    .executeScript("return PrimeFaces.widgets['widget_pollForm_poll'].active")));
    assertThat(enabled(SEND)).isFalse();
    assertThat(browser.waitFor(By.id("requestForm:reasons")).getText()).contains("(P4)");
    browser.screenshot("console-permission-temporary");

    browser.click(By.id("menuPermissions"));
    browser.chooseContaining("permissionsForm:number", NUMBER_DIGITS);
    By row = By.xpath("//tr[.//a[@data-wa-id='" + customer.waId + "']]");
    browser.waitUntil(textToBePresentInElementLocated(row, name));
    assertThat(browser.waitFor(row).getText()).contains("Temporary", "Priya Sharma");
    assertThat(browser.waitFor(row).getText()).containsPattern(INSTANT);
    browser.screenshot("console-permissions");
  }

  @Test
  void T3_aCustomerWhoNeverWroteGetsNoFreeFormRequestAndThePageSaysWhyBeforeAnythingIsSent() {
    // Not a contact: the page is reached by its address, as from the permissions page.
    SandboxCustomer customer = SandboxCustomer.answering("GRANT_TEMPORARY");
    // Tests sharing the server may have given Sunrise's account an approved template (T2).
    boolean template = sunriseHasAnApprovedTemplate();

    browser.open("/console/contacts/detail.xhtml?waId=" + customer.waId);
    browser.waitFor(STATE);
    browser.chooseContaining("numberForm:number", NUMBER_DIGITS);
    browser.waitUntil(
        textToBePresentInElementLocated(By.cssSelector("#pairForm h2"), NUMBER_DIGITS));

    assertThat(browser.waitFor(STATE).getText()).isEqualTo("None");
    assertThat(browser.waitFor(By.id("pairForm:window")).getText()).isEqualTo("Closed");
    assertThat(browser.isPresent(By.id("requestForm:body"))).isFalse();
    if (template) {
      // T3 still rules out a free-form message: only the template can go
      assertThat(browser.waitFor(By.id("note")).getText())
          .contains("customer service window is closed: only an approved template");
      assertThat(
              browser.isPresent(
                  By.cssSelector("[id='requestForm:kind'] input[value='INTERACTIVE'][disabled]")))
          .isTrue();
    } else {
      // T3 and T2 together: nothing can be sent, and the disabled button says why
      browser.waitUntil(attributeToBe(SEND, "disabled", "true"));
      assertThat(browser.waitFor(By.id("requestForm:reasons")).getText())
          .contains("customer service window", "free-form request is not possible (T3)")
          .contains("no approved template", "(T2)");
    }
    browser.screenshot("console-permission-window-closed");
    assertThat(customer.permission().getString("status")).isEqualTo("NONE");
  }

  private static boolean sunriseHasAnApprovedTemplate() {
    return Http.withKey(TestServer.SUNRISE_KEY)
        .get("/api/v1/templates")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .anyMatch(
            t ->
                "APPROVED".equals(t.getString("status"))
                    && SUNRISE_WABA.equals(t.getString("wabaId")));
  }

  private boolean enabled(By button) {
    WebElement element = browser.waitFor(button);
    return element.isEnabled() && !element.getDomAttribute("class").contains("ui-state-disabled");
  }
}
