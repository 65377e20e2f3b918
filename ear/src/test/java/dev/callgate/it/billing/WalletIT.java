package dev.callgate.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wallet as an integrator meets it (B5, B6, A2): balances, top-ups keyed by their reference and
 * the ledger. Tests never assume a balance, only how much it moved, because other tests of the same
 * server run spend the demo wallets too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalletIT {

  private final Wallets sunrise = Wallets.of(TestServer.SUNRISE_KEY);
  private final Wallets aurora = Wallets.of(TestServer.AURORA_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void B5_theWalletShowsItsBalanceAsAMoneyStringWithCurrencyAndBlocked() {
    JsonObject wallet = sunrise.wallet();

    assertThat(wallet.getString("balance")).matches("-?\\d+\\.\\d{6,}");
    assertThat(wallet.getString("currency")).isEqualTo("USD");
    assertThat(wallet.getBoolean("blocked"))
        .isEqualTo(new BigDecimal(wallet.getString("balance")).signum() <= 0);
  }

  @Test
  void B6_theSameReferenceTwiceCreditsOnce() {
    String reference = Wallets.newReference("twice");
    BigDecimal before = sunrise.balance();

    Reply first = sunrise.topUp(new BigDecimal("2.50"), reference);
    Reply second = sunrise.topUp(new BigDecimal("2.50"), reference);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().getString("kind")).isEqualTo("TOP_UP");
    assertThat(first.json().getString("amount")).isEqualTo("2.500000");
    assertThat(second.status()).as("a repeat answers 200 with the first line").isEqualTo(200);
    assertThat(second.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    assertThat(sunrise.balance()).isEqualByComparingTo(before.add(new BigDecimal("2.50")));
  }

  @Test
  void B6_aTopUpIsListedInTheLedgerNewestFirst() {
    String reference = Wallets.newReference("listed");
    Instant before = Instant.now().minusSeconds(5);
    JsonObject line = sunrise.topUp("1.25", reference).json();

    JsonObject page = sunrise.ledger("?page=0&size=5").json();
    assertThat(page.getInt("page")).isZero();
    assertThat(page.getInt("size")).isEqualTo(5);
    assertThat(page.getJsonNumber("total").longValue()).isPositive();
    JsonObject newest = page.getJsonArray("items").getJsonObject(0);
    assertThat(newest.getString("reference")).isEqualTo(reference);
    assertThat(newest.getString("amount")).isEqualTo("1.250000");
    assertThat(newest.getString("balanceAfter")).isEqualTo(line.getString("balanceAfter"));
    assertThat(newest.getString("recordedBy")).startsWith("api-key:");
    assertThat(newest.isNull("callId")).isTrue();

    JsonObject earlier = sunrise.ledger("?to=" + before).json();
    assertThat(earlier.getJsonArray("items").stream().map(JsonObject.class::cast))
        .noneMatch(e -> reference.equals(e.getString("reference", null)));
  }

  @Test
  void B6_aReusedReferenceWithAnotherAmountIsAConflictAndCreditsNothing() {
    String reference = Wallets.newReference("conflict");
    sunrise.topUp(new BigDecimal("1.00"), reference);
    BigDecimal before = sunrise.balance();

    Reply reused = sunrise.topUp(new BigDecimal("100.00"), reference);

    assertThat(reused.status()).as(reused.body()).isEqualTo(409);
    assertThat(reused.error().getString("code")).isEqualTo("conflict");
    assertThat(sunrise.balance()).isEqualByComparingTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"-1\"", "\"0\"", "\"1.1234567\"", "\"ten\"", "1e3", "true", "null"})
  void B3_anAmountThatIsNotAPositiveDecimalWithUpToSixPlacesIsRefused(String amount) {
    BigDecimal before = sunrise.balance();

    Reply refused = sunrise.topUp(amount, Wallets.newReference("invalid"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.error().getString("code")).isEqualTo("validation_failed");
    assertThat(refused.error().getJsonArray("fields").getJsonObject(0).getString("field"))
        .isEqualTo("amount");
    assertThat(sunrise.balance()).isEqualByComparingTo(before);
  }

  @Test
  void everyProblemOfATopUpIsListedAtOnce() {
    Reply refused = sunrise.topUp("\"abc\"", null);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error().getJsonArray("fields").stream().map(JsonObject.class::cast))
        .extracting(f -> f.getString("field"))
        .containsExactlyInAnyOrder("amount", "reference");
  }

  @Test
  void malformedLedgerQueriesAreValidationFailedNamingTheParameter() {
    Reply refused = sunrise.ledger("?page=-1&size=100000&from=yesterday");

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.error().getJsonArray("fields").stream().map(JsonObject.class::cast))
        .extracting(f -> f.getString("field"))
        .containsExactlyInAnyOrder("page", "from");
    assertThat(
            sunrise
                .ledger("?size=100000")
                .error()
                .getJsonArray("fields")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("size");
  }

  @Test
  void A2_aBusinessNeverSeesOrChangesAnothersWallet() {
    String reference = Wallets.newReference("aurora");
    BigDecimal sunriseBefore = sunrise.balance();

    assertThat(aurora.topUp(new BigDecimal("3.00"), reference).status()).isEqualTo(201);

    assertThat(sunrise.balance()).isEqualByComparingTo(sunriseBefore);
    assertThat(
            sunrise.ledger("?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast))
        .noneMatch(e -> reference.equals(e.getString("reference", null)));
    // references belong to one business: Sunrise's own payment with the same text is a new one
    assertThat(sunrise.topUp(new BigDecimal("0.50"), reference).status()).isEqualTo(201);
  }
}
