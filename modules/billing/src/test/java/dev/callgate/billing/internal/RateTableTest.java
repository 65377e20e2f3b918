package dev.callgate.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callgate.billing.RateView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.Money;
import dev.callgate.kernel.WaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules B3 and B4 on the card the module ships: the market of a consumer number comes from its
 * country (libphonenumber), then the country's own row, its region's row or "Other".
 */
class RateTableTest {

  private final RateTable card = ShippedRateCard.table();
  private final PulsePricing pricing = new PulsePricing(6);

  @ParameterizedTest(name = "{0}: {1} s to {2} at {3}/min costs {4}")
  @CsvSource({
    "919812345678,   56,   India,                 0.0056, 0.005600",
    "5511987654321,  60,   Brazil,                0.0113, 0.011300",
    "447400123456,   61,   United Kingdom,        0.0104, 0.011440",
    "254712345678,   3600, Rest of Africa,        0.0108, 0.648000",
    "3546111234,     7,    Other,                 0.0139, 0.002780",
    "819012345678,   30,   Rest of Asia Pacific,  0.0120, 0.006000"
  })
  void B4_theMarketOfTheNumbersCountryPricesTheCallExactly(
      String waId, int seconds, String market, String ratePerMinute, String cost) {
    WaId number = WaId.of(waId);
    RateView rate = card.rateFor(number.country());

    assertThat(rate.market()).isEqualTo(market);
    assertThat(rate.ratePerMinute()).isEqualTo(Money.of(ratePerMinute, "USD"));
    assertThat(pricing.price(number, rate, seconds).cost().plain()).isEqualTo(cost);
  }

  @Test
  void B4_aCountryWithoutItsOwnRowIsPricedByItsRegionsRestOfRow() {
    assertThat(card.marketOf("PT")).isEqualTo("Rest of Western Europe");
    assertThat(card.marketOf("KE")).isEqualTo("Rest of Africa");
    assertThat(card.marketOf("QA")).isEqualTo("Rest of Middle East");
    assertThat(card.rateFor("PT").ratePerMinute()).isEqualTo(Money.of("0.0108", "USD"));
  }

  @Test
  void B4_aCountryInNoRegionIsPricedAsOther() {
    assertThat(card.marketOf("IS")).isEqualTo("Other");
    assertThat(card.rateFor("IS").ratePerMinute()).isEqualTo(Money.of("0.0139", "USD"));
  }

  @Test
  void B4_theCountryComesFromTheNumberNotFromTheCallingCode() {
    // +7 is Russia's and Kazakhstan's code; only Russia has the Russia row
    WaId kazakhstan = WaId.of("77011234567");

    assertThat(kazakhstan.country()).isEqualTo("KZ");
    assertThat(card.rateFor(kazakhstan.country()).market()).isEqualTo("Other");
    assertThat(card.rateFor(WaId.of("79161234567").country()).market()).isEqualTo("Russia");
    // +44 7911 is Guernsey's, which the card does not list: not the United Kingdom row
    assertThat(card.rateFor(WaId.of("447911123456").country()).market()).isEqualTo("Other");
  }

  @Test
  void B4_plus1787IsPuertoRicoPricedAsRestOfLatinAmericaNotNorthAmerica() {
    WaId puertoRico = WaId.of("17872345678");

    assertThat(puertoRico.country()).isEqualTo("PR");
    RateView rate = card.rateFor(puertoRico.country());
    assertThat(rate.market()).isEqualTo("Rest of Latin America");
    assertThat(rate.ratePerMinute()).isEqualTo(Money.of("0.0122", "USD"));
    assertThat(pricing.price(puertoRico, rate, 30).cost().plain()).isEqualTo("0.006100");
  }

  @ParameterizedTest(name = "{0} ({1}) cannot be priced")
  @CsvSource({
    "16502530000,   North America (US & Canada)",
    "14162345678,   North America (US & Canada)",
    "201001234567,  Egypt",
    "2348031234567, Nigeria",
    "905321234567,  Turkey"
  })
  void B4_aMarketMarkedNaIsRefusedWithNoRateForMarket(String waId, String market) {
    CallingException refused =
        catchThrowableOfType(CallingException.class, () -> card.rateFor(WaId.of(waId).country()));

    assertThat(refused.code()).isEqualTo(ErrorCode.NO_RATE_FOR_MARKET);
    assertThat(refused.code().httpStatus()).isEqualTo(422);
    assertThat(refused.rule()).isEqualTo("B4");
    assertThat(refused.message()).contains(market);
  }

  @Test
  void B4_theRateCardListsNaMarketsWithoutARate() {
    var view = card.view();

    assertThat(view.currency()).isEqualTo("USD");
    assertThat(view.markets()).hasSize(32);
    assertThat(view.markets())
        .filteredOn(m -> !m.available())
        .extracting(m -> m.market())
        .containsExactly("Egypt", "Nigeria", "Turkey", "North America (US & Canada)");
    assertThat(view.markets())
        .filteredOn(m -> m.market().equals("North America (US & Canada)"))
        .singleElement()
        .satisfies(m -> assertThat(m.countries()).containsExactly("CA", "US"));
  }
}
