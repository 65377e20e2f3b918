package dev.callgate.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rate card in force and quotes against it over REST (B2-B4, B7). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RatesIT {

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void B7_theRateCardInForceIsCard1WithEveryMarketAndNullForNa() {
    JsonObject card = api.get("/api/v1/rates").json();

    assertThat(card.getString("effectiveFrom")).isEqualTo("2025-07-01T00:00:00Z");
    assertThat(card.getString("currency")).isEqualTo("USD");
    assertThat(card.getJsonArray("markets")).hasSize(32);
    assertThat(market(card, "India").getString("ratePerMinute")).isEqualTo("0.005600");
    assertThat(market(card, "India").getJsonArray("countries").getString(0)).isEqualTo("IN");
    assertThat(market(card, "North America (US & Canada)").isNull("ratePerMinute")).isTrue();
  }

  @ParameterizedTest(name = "{0} for {1} s: {2}, {4} pulses, {5}")
  @CsvSource({
    "919812345678,  56,   India,                 0.005600, 10,  0.005600",
    "5511987654321, 60,   Brazil,                0.011300, 10,  0.011300",
    "447400123456,  61,   United Kingdom,        0.010400, 11,  0.011440",
    "254712345678,  3600, Rest of Africa,        0.010800, 600, 0.648000",
    "3546111234,    7,    Other,                 0.013900, 2,   0.002780",
    "17872345678,   30,   Rest of Latin America, 0.012200, 5,   0.006100",
    "919812345678,  0,    India,                 0.005600, 0,   0.000000"
  })
  void B3_aQuoteIsPulsesTimesATenthOfTheMarketsRate(
      String waId, int seconds, String market, String rate, long pulses, String cost) {
    Reply reply = api.get("/api/v1/rates/quote?waId=" + waId + "&seconds=" + seconds);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject quote = reply.json();
    assertThat(quote.getString("market")).isEqualTo(market);
    assertThat(quote.getString("ratePerMinute")).isEqualTo(rate);
    assertThat(quote.getJsonNumber("pulses").longValue()).isEqualTo(pulses);
    assertThat(quote.getString("cost")).isEqualTo(cost);
    assertThat(quote.getString("currency")).isEqualTo("USD");
  }

  @Test
  void B4_aUsNumberCannotBePricedAndIs422() {
    Reply refused = api.get("/api/v1/rates/quote?waId=16502530000&seconds=60");

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.error().getString("code")).isEqualTo("no_rate_for_market");
    assertThat(refused.error().getString("rule")).isEqualTo("B4");
    assertThat(refused.error().getString("message")).contains("North America");
  }

  @Test
  void aBadWaIdOrANegativeDurationIs400NamingBoth() {
    Reply refused = api.get("/api/v1/rates/quote?waId=12345&seconds=-1");

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.error().getString("code")).isEqualTo("validation_failed");
    assertThat(refused.error().getJsonArray("fields").stream().map(JsonObject.class::cast))
        .extracting(f -> f.getString("field"))
        .containsExactlyInAnyOrder("waId", "seconds");
    assertThat(api.get("/api/v1/rates/quote?waId=919812345678").status()).isEqualTo(400);
  }

  private static JsonObject market(JsonObject card, String name) {
    return card.getJsonArray("markets").stream()
        .map(JsonObject.class::cast)
        .filter(m -> m.getString("market").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
