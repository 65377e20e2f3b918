package dev.callgate.it.console;

import static dev.callgate.it.console.SandboxCustomer.NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textMatches;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A business call placed from the console's softphone to a customer whose phone is the sandbox's
 * phone page, each in its own headless Chromium with a fake microphone: real WebRTC offer and
 * answer relayed through Callgate and the sandbox, audio flowing both ways, the agent's hang-up,
 * and the debit. {@link CallButtonBrowserIT} shows the button as the rules allow it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SoftphoneBrowserIT {

  private static final String RAHUL = "rahul@sunrise.example";
  private static final Http API = Http.withKey(TestServer.SUNRISE_KEY);

  private static final By CALL = By.id("callForm:call");
  private static final By SOFTPHONE = By.id("softphone");
  private static final By PHONE = By.id("phone");

  // Sums the audio bytes a peer connection has received, from its inbound-rtp statistics.
  private static final String BYTES_RECEIVED =
      """
      const done = arguments[arguments.length - 1];
      window[arguments[0]].pc.getStats().then(stats => {
        let bytes = 0;
        stats.forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'audio') bytes += s.bytesReceived; });
        done(bytes);
      }, e => done(-1));
      """;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final List<ConsoleBrowser> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(ConsoleBrowser::close);
  }

  @Test
  void C1_C5_B2_theSoftphoneCallsThePhonePageOverWebRtcHangsUpAndTheCallIsDebited() {
    long rahul = SandboxCustomer.agent(RAHUL);
    SandboxCustomer customer =
        SandboxCustomer.answering("IGNORE")
            .onCall("\"onCall\":\"ANSWER\",\"answerAfterSeconds\":0,\"talkSeconds\":3600")
            .asContactOf("Softphone " + System.nanoTime(), rahul)
            .grants();

    ConsoleBrowser phone = browser();
    phone.open("/sandbox/phone/" + customer.waId);
    phone.waitUntil(attributeToBe(PHONE, "data-state", "idle"));

    ConsoleBrowser agent = signedIn(RAHUL);
    agent.open("/console/contacts/detail.xhtml?waId=" + customer.waId + "&number=" + NUMBER_ID);
    agent.click(CALL);
    agent.waitFor(By.id("softphoneDial"));
    assertThat(agent.waitFor(By.id("callMarket")).getText()).isEqualTo("United Kingdom");
    assertThat(agent.waitFor(By.id("callRate")).getText()).isEqualTo("0.0104 USD per minute");
    assertThat(agent.waitFor(By.id("softphoneCharges")).getText()).contains("prepaid wallet");
    BigDecimal before =
        new BigDecimal(agent.waitFor(By.id("softphoneBalance")).getDomAttribute("data-balance"));
    agent.screenshot("softphone-before-dialling");

    agent.click(By.id("softphoneDial"));
    agent.waitUntil(attributeToBe(SOFTPHONE, "data-state", "connected"));
    phone.waitUntil(attributeToBe(PHONE, "data-state", "connected"));
    agent.waitUntil(d -> "connected".equals(script(agent, "callgateSoftphone.pc.connectionState")));
    phone.waitUntil(d -> "connected".equals(script(phone, "sandboxPhone.pc.connectionState")));
    agent.waitUntil(d -> bytesReceived(agent, "callgateSoftphone") > 0);
    phone.waitUntil(d -> bytesReceived(phone, "sandboxPhone") > 0);
    long callId = Long.parseLong(agent.waitFor(SOFTPHONE).getDomAttribute("data-call-id"));
    // a couple of seconds of talk, so that the call has a duration to bill
    agent.waitUntil(textMatches(By.id("softphoneTimer"), Pattern.compile("0:0[2-9]")));
    agent.screenshot("softphone-connected");
    phone.screenshot("sandbox-phone-connected");

    agent.click(By.id("softphoneHangUp"));
    agent.waitUntil(attributeToBe(SOFTPHONE, "data-state", "ended"));
    phone.waitUntil(attributeToBe(PHONE, "data-state", "ended"));
    agent.waitUntil(
        textMatches(By.id("softphoneDetail"), Pattern.compile("debited from the wallet")));
    agent.screenshot("softphone-ended");

    JsonObject call = API.get("/api/v1/calls/" + callId).json();
    assertThat(call.getString("status")).isEqualTo("COMPLETED");
    assertThat(call.getInt("durationSeconds")).isGreaterThanOrEqualTo(2);
    assertThat(call.getInt("pulses")).isPositive();
    assertThat(call.isNull("cost")).isFalse();
    BigDecimal cost = new BigDecimal(call.getString("cost"));
    assertThat(cost).isPositive();
    int seconds = call.getInt("durationSeconds");
    assertThat(agent.waitFor(By.id("softphoneStatus")).getText())
        .isEqualTo("Call ended · %d:%02d".formatted(seconds / 60, seconds % 60));

    // the integrator's view of the wallet: one CALL_DEBIT line for this call, keyed by Meta's id
    JsonObject line =
        API.get("/api/v1/wallet/ledger?page=0&size=50").json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(l -> call.getString("waCallId").equals(l.getString("callId", null)))
            .findFirst()
            .orElseThrow();
    assertThat(line.getString("kind")).isEqualTo("CALL_DEBIT");
    assertThat(new BigDecimal(line.getString("amount"))).isEqualByComparingTo(cost.negate());
    assertThat(line.getInt("durationSeconds")).isEqualTo(seconds);
    // and the console's: the softphone showed the same line and the balance it left
    JsonObject debit = softphoneCall(agent).getJsonObject("debit");
    assertThat(debit.getJsonNumber("ledgerLine").longValue())
        .isEqualTo(line.getJsonNumber("id").longValue());
    assertThat(debit.getString("kind")).isEqualTo("CALL_DEBIT");
    assertThat(new BigDecimal(debit.getString("amount"))).isEqualByComparingTo(cost.negate());
    assertThat(new BigDecimal(debit.getString("balanceAfter")))
        .isEqualByComparingTo(before.subtract(cost));
    // C5 reached Meta: the sandbox has no call left between the pair
    assertThat(
            Http.withKey(null)
                .get("/sandbox/v1/users/" + customer.waId)
                .json()
                .getJsonObject("numbers")
                .getJsonObject(NUMBER_ID)
                .containsKey("ongoingCallId"))
        .isFalse();
  }

  private ConsoleBrowser browser() {
    ConsoleBrowser browser = ConsoleBrowser.withFakeMedia();
    browsers.add(browser);
    return browser;
  }

  private ConsoleBrowser signedIn(String email) {
    ConsoleBrowser browser = browser();
    browser.signIn(email, TestServer.DEMO_PASSWORD);
    browser.waitFor(By.id("agentName"));
    return browser;
  }

  private static Object script(ConsoleBrowser browser, String expression) {
    return browser.driver().executeScript("return window." + expression);
  }

  private static long bytesReceived(ConsoleBrowser browser, String peer) {
    return ((Number) browser.driver().executeAsyncScript(BYTES_RECEIVED, peer)).longValue();
  }

  /** The call as the softphone last read it from the console. */
  private static JsonObject softphoneCall(ConsoleBrowser agent) {
    String json = (String) script(agent, "JSON.stringify(callgateSoftphone.call)");
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
