package dev.callgate.it.cloudapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.BusinessView;
import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.cloudapi.CloudApi;
import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.it.Deployments;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.PublicUrl;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client's resilience and account resolution inside the server, without the sandbox. */
@ExtendWith(ArquillianExtension.class)
class CloudApiClientIT {

  private static final String SUNRISE_WABA = "102290129340398";
  private static final String SUNRISE_INDIA_NUMBER = "106540352242922";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(CloudApiClientIT.class);
  }

  @Inject CloudApi cloudApi;
  @Inject CloudApiAccounts accounts;
  @Inject BusinessService businesses;

  /** A closed local port: every connection is refused at once. */
  private static final CloudApiAccount DEAD =
      new CloudApiAccount("http://127.0.0.1:9/graph", "v23.0", "token", "secret");

  @Test
  void theCircuitOpensOnADeadUpstreamAndThenFailsFast() {
    List<Long> elapsed = new ArrayList<>();
    List<CallingException> failures = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long start = System.nanoTime();
      failures.add(
          assertThrows(
              CallingException.class,
              () -> cloudApi.callPermissions(DEAD, SUNRISE_INDIA_NUMBER, "919812345678")));
      elapsed.add((System.nanoTime() - start) / 1_000_000);
    }
    failures.forEach(f -> assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, f.code(), f.getMessage()));
    // the first call is retried twice with 250±100 ms between attempts
    assertTrue(elapsed.get(0) >= 250, "first call retried: " + elapsed);
    for (int i = 3; i < 6; i++) {
      // at once: no retry delays, far from a request timeout (10 s), with room for a busy CI box
      assertTrue(elapsed.get(i) < 1_000, "open circuit answers at once: " + elapsed);
      Throwable cause = failures.get(i).getCause();
      assertEquals(
          "CircuitBreakerOpenException", cause == null ? null : cause.getClass().getSimpleName());
      assertTrue(
          failures.get(i).getMessage().contains("circuit open"), failures.get(i).getMessage());
    }
  }

  @Test
  void anUpstreamThatNeverAnswersTimesOutAsUpstreamUnavailable() throws Exception {
    // the OS accepts connections into the backlog, nobody ever answers
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      CloudApiAccount slow =
          new CloudApiAccount(
              "http://127.0.0.1:" + silent.getLocalPort(), "v23.0", "token", "secret");
      long start = System.nanoTime();
      CallingException e =
          assertThrows(
              CallingException.class,
              () -> cloudApi.connect(slow, SUNRISE_INDIA_NUMBER, "919812345678", "v=0\r\n", null));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, e.code(), e.getMessage());
      assertEquals(503, e.code().httpStatus());
      // connect is never retried: one request timeout (10 s), well before the 12 s backstop
      assertTrue(millis >= 9_000 && millis < 14_000, "timed out once: " + millis + " ms");
    }
  }

  @Test
  void theDemoWabaUsesTheConfiguredDefaultsAndTheSandbox() {
    long sunrise = sunrise().id();
    CloudApiAccount account = accounts.forWaba(sunrise, SUNRISE_WABA);
    assertEquals(PublicUrl.resolve("auto") + "/sandbox/graph", account.baseUrl());
    assertTrue(account.baseUrl().startsWith("http://localhost:"), account.baseUrl());
    assertEquals("v23.0", account.graphVersion());
    assertEquals("sandbox-access-token", account.accessToken());
    assertEquals("sandbox-app-secret", account.appSecret());
    assertEquals(account, accounts.forNumber(sunrise, SUNRISE_INDIA_NUMBER));
    assertTrue(
        accounts
            .webhookSecrets(Set.of(SUNRISE_WABA), Set.of(SUNRISE_INDIA_NUMBER))
            .speakingFor(Set.of(SUNRISE_WABA), Set.of(SUNRISE_INDIA_NUMBER))
            .contains("sandbox-app-secret"));
  }

  @Test
  void A2_aWabaOrNumberOfAnotherBusinessIsNotFound() {
    long aurora = aurora().id();
    assertEquals(
        ErrorCode.NOT_FOUND,
        assertThrows(CallingException.class, () -> accounts.forWaba(aurora, SUNRISE_WABA)).code());
    assertEquals(
        ErrorCode.NOT_FOUND,
        assertThrows(CallingException.class, () -> accounts.forNumber(aurora, SUNRISE_INDIA_NUMBER))
            .code());
    assertEquals(
        ErrorCode.NOT_FOUND,
        assertThrows(CallingException.class, () -> accounts.forWaba(aurora, "nope")).code());
  }

  private BusinessView sunrise() {
    return byName("Sunrise");
  }

  private BusinessView aurora() {
    return byName("Aurora");
  }

  private BusinessView byName(String prefix) {
    return businesses.businesses().stream()
        .filter(b -> b.name().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
