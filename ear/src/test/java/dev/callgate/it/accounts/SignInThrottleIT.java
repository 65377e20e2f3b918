package dev.callgate.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.ConsoleSignIn;
import dev.callgate.accounts.SignInAttempt;
import dev.callgate.it.Deployments;
import dev.callgate.it.Race;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in throttling is counted in the database, one attempt after the other per e-mail, so that
 * attempts racing on several threads (or several nodes of a cluster) cannot slip past the limit.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

  private static final int ATTEMPTS = 12;
  private static final int LIMIT = 5;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(SignInThrottleIT.class, Race.class);
  }

  @Inject ConsoleSignIn signIns;

  @Test
  void A3_racingWrongPasswordsForOneEmailCountExactlyFiveThenWait() throws Exception {
    String email = "racer-" + System.nanoTime() + "@sunrise.example";
    List<Callable<SignInAttempt>> attempts = new ArrayList<>();
    for (int i = 0; i < ATTEMPTS; i++) {
      String guess = "guess-" + i;
      attempts.add(() -> signIns.signIn(email, guess.toCharArray(), "10.0.0." + guess.length()));
    }

    List<SignInAttempt> results = Race.all(attempts);

    long checked = results.stream().filter(a -> a.throttledUntil().isEmpty()).count();
    assertEquals(LIMIT, checked, "password checks before the lock");
    assertEquals(
        ATTEMPTS - LIMIT, results.stream().filter(a -> a.throttledUntil().isPresent()).count());
    assertTrue(results.stream().allMatch(a -> a.signedIn().isEmpty()));
    // an e-mail written differently is the same login
    assertTrue(
        signIns
            .signIn(" " + email.toUpperCase() + " ", "x".toCharArray(), "it")
            .throttledUntil()
            .isPresent());
  }
}
