package dev.callgate.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.TestServer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The wallet page as agents meet it (B3-B6, A1, A3): the balance, the quote calculator, and a
 * top-up by the owner that lands in the ledger and the audit log; a teammate sees the wallet but
 * has no top-up form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalletBrowserIT {

  private static final By BALANCE = By.id("balance");

  private final Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void B6_anOwnerSeesTheBalanceQuotesACallAndTopsUpOnce() {
    try (ConsoleBrowser browser = ConsoleBrowser.start()) {
      browser.signIn("priya@sunrise.example", TestServer.DEMO_PASSWORD);
      browser.waitFor(By.id("menuWallet"));
      browser.click(By.id("menuWallet"));
      BigDecimal before = balanceOverRest();
      browser.waitUntil(textToBe(BALANCE, shown(before)));
      // L5: the banner shows exactly while the balance is zero or below (call tests spend it)
      assertThat(browser.isPresent(By.id("blockedBanner"))).isEqualTo(before.signum() <= 0);

      // B3: 56 seconds to India are 10 pulses at 0.0056 a minute
      browser.type(By.id("quoteForm:waId"), "+91 98123 45678");
      browser.type(By.id("quoteForm:seconds"), "56");
      browser.click(By.id("quoteForm:quote"));
      browser.waitUntil(textToBe(By.id("quoteForm:quoteMarket"), "India"));
      assertThat(browser.driver().findElement(By.id("quoteForm:quoteRate")).getText())
          .isEqualTo("0.0056 USD");
      assertThat(browser.driver().findElement(By.id("quoteForm:quotePulses")).getText())
          .isEqualTo("10");
      assertThat(browser.driver().findElement(By.id("quoteForm:quoteCost")).getText())
          .isEqualTo("0.0056 USD");

      // B4: a US customer cannot be priced; the page says why instead of quoting
      browser.type(By.id("quoteForm:waId"), "16502530000");
      browser.click(By.id("quoteForm:quote"));
      browser.waitUntil(
          textToBePresentInElementLocated(By.className("ui-growl"), "cannot be priced"));
      assertThat(browser.isPresent(By.id("quoteForm:quoteMarket"))).isFalse();

      String reference = "console-" + UUID.randomUUID();
      browser.type(By.id("topUpForm:amount"), "3.25");
      browser.type(By.id("topUpForm:reference"), reference);
      browser.click(By.id("topUpForm:topUp"));
      BigDecimal after = before.add(new BigDecimal("3.25"));
      browser.waitUntil(textToBe(BALANCE, shown(after)));
      browser.waitFor(
          By.cssSelector("[id='ledgerForm:ledger'] span[data-reference='" + reference + "']"));
      browser.screenshot("console-wallet");

      // B6: the same reference again credits nothing
      browser.type(By.id("topUpForm:amount"), "3.25");
      browser.type(By.id("topUpForm:reference"), reference);
      browser.click(By.id("topUpForm:topUp"));
      browser.waitUntil(
          textToBePresentInElementLocated(By.className("ui-growl"), "Already credited"));
      assertThat(balanceOverRest()).isEqualByComparingTo(after);

      // A3: the top-up is in the audit log, with who did it
      browser.open("/console/audit.xhtml");
      browser.waitFor(By.id("auditForm"));
      assertThat(browser.driver().getPageSource())
          .contains("wallet.top-up")
          .contains(reference)
          .contains("agent:priya@sunrise.example");
    }
  }

  @Test
  void A1_aTeammateSeesTheWalletButCannotTopItUp() {
    try (ConsoleBrowser browser = ConsoleBrowser.start()) {
      browser.signIn("rahul@sunrise.example", TestServer.DEMO_PASSWORD);
      browser.waitUntil(textToBePresentInElementLocated(By.id("agentRole"), "Teammate"));
      browser.open("/console/wallet.xhtml");
      browser.waitUntil(textToBe(BALANCE, shown(balanceOverRest())));

      assertThat(browser.isPresent(By.id("topUpForm"))).isFalse();
      assertThat(browser.isPresent(By.id("quoteForm"))).isTrue();
      assertThat(browser.driver().findElement(By.id("rates")).getText())
          .contains("Rest of Latin America")
          .contains("N/A: cannot be called");
    }
  }

  private BigDecimal balanceOverRest() {
    return new BigDecimal(sunrise.get("/api/v1/wallet").json().getString("balance"));
  }

  /** As the page shows money (B3): rounded to 4 decimals, with the currency. */
  private static String shown(BigDecimal amount) {
    return amount.setScale(4, RoundingMode.HALF_UP).toPlainString() + " USD";
  }
}
