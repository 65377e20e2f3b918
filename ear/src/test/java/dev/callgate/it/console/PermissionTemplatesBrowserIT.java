package dev.callgate.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import dev.callgate.it.webhooks.WebhookSender;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The template path of the contact page: outside the customer service window an agent sends an
 * approved template with a value per placeholder. The template goes to Aurora's account, as the
 * template tests' do, so that Sunrise's stays without any approved template for {@link
 * PermissionsBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionTemplatesBrowserIT {

  private static final String LANGUAGE = "en";
  private static final String BODY = "Hello {{1}}, may we call you about order {{2}}?";

  private final Http aurora = Http.withKey(TestServer.AURORA_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void T2_T3_outsideTheWindowAnApprovedTemplateIsSentWithAValuePerPlaceholder() {
    // the sandbox remembers template names for the whole server run: a fresh one each time
    String template = "console_callback_" + Long.toString(System.nanoTime(), 36);
    approvedTemplate(template);
    SandboxCustomer customer = SandboxCustomer.answering("GRANT_TEMPORARY");

    try (ConsoleBrowser browser = ConsoleBrowser.start()) {
      browser.signIn("ana@aurora.example", TestServer.DEMO_PASSWORD);
      browser.waitFor(By.id("agentName"));
      browser.open("/console/contacts/detail.xhtml?waId=" + customer.waId);
      browser.waitUntil(textToBePresentInElementLocated(By.id("pairForm:state"), "None"));

      // the customer never wrote: no free-form message (T3), but the template may go (T2)
      assertThat(browser.waitFor(By.id("note")).getText()).contains("only an approved template");
      assertThat(browser.isPresent(By.id("requestForm:body"))).isFalse();
      assertThat(
              browser.isPresent(
                  By.cssSelector("[id='requestForm:kind'] input[value='INTERACTIVE'][disabled]")))
          .isTrue();
      browser.choose("requestForm:template", template + " (" + LANGUAGE + ")");
      browser.type(By.id("requestForm:parameters:0:parameter"), "Lucas");
      browser.type(By.id("requestForm:parameters:1:parameter"), "7781");
      assertThat(browser.waitFor(By.cssSelector(".cg-template-body")).getText()).isEqualTo(BODY);
      browser.screenshot("console-permission-template");

      browser.click(By.id("requestForm:send"));
      browser.waitUntil(textToBePresentInElementLocated(By.id("pairForm:state"), "Temporary"));
      assertThat(browser.waitFor(By.cssSelector("[id='historyForm:requests_data'] tr")).getText())
          .contains("Template " + template, "Ana Souza", "Accept");
    }
  }

  /** Submits the template over the API and waits for the sandbox's approval to be processed. */
  private void approvedTemplate(String name) {
    Reply created =
        aurora.post(
            "/api/v1/templates",
            "{\"name\":\""
                + name
                + "\",\"language\":\""
                + LANGUAGE
                + "\",\"category\":\"UTILITY\",\"bodyText\":\""
                + BODY
                + "\",\"examples\":[\"Ana\",\"4521\"],\"allowCategoryChange\":false}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String path = "/api/v1/templates/" + created.json().getJsonNumber("id");
    assertThat(
            WebhookSender.eventually(
                Duration.ofSeconds(20),
                () -> "APPROVED".equals(aurora.get(path).json().getString("status"))))
        .as("the sandbox approved " + name)
        .isTrue();
  }
}
