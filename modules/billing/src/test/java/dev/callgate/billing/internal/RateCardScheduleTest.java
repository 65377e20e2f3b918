package dev.callgate.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.billing.RateView;
import dev.callgate.kernel.WaId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule B7: which card prices a call is decided by when the call started. */
class RateCardScheduleTest {

  private static final Instant JULY = Instant.parse("2025-07-01T00:00:00Z");
  private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");

  private final RateCardSchedule schedule =
      new RateCardSchedule(
          List.of(new RateCardSchedule.Version(2, JANUARY), new RateCardSchedule.Version(1, JULY)));

  @Test
  void B7_theCardInForceIsTheNewestAlreadyEffective() {
    assertThat(schedule.inForceAt(Instant.parse("2025-12-31T23:59:59Z")))
        .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(1));
    assertThat(schedule.inForceAt(Instant.parse("2026-03-01T10:00:00Z")))
        .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(2));
  }

  @Test
  void B7_aCardIsInForceFromItsEffectiveInstantItself() {
    assertThat(schedule.inForceAt(JANUARY))
        .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(2));
  }

  @Test
  void B7_beforeTheFirstCardNothingIsInForce() {
    assertThat(schedule.inForceAt(JULY.minusSeconds(1))).isEmpty();
  }

  @Test
  void B7_aCallThatStartedBeforeAPriceChangeKeepsTheOldPrice() {
    RateTable july = card(1, JULY, "0.0056");
    RateTable january = card(2, JANUARY, "0.0070");
    Map<Long, RateTable> cards = Map.of(1L, july, 2L, january);
    PulsePricing pricing = new PulsePricing(6);
    WaId india = WaId.of("919812345678");

    // started on New Year's Eve, charged after midnight: the card of the start prices it
    Instant startedAt = Instant.parse("2025-12-31T23:59:30Z");
    RateView rate = cards.get(schedule.inForceAt(startedAt).orElseThrow().id()).rateFor("IN");
    PricedCall call = pricing.price(india, rate, 60);

    assertThat(rate.rateCardId()).isEqualTo(1);
    assertThat(call.cost().plain()).isEqualTo("0.005600");
  }

  private static RateTable card(long id, Instant effectiveFrom, String india) {
    return new RateTable(
        id,
        effectiveFrom,
        "USD",
        "Other",
        List.of(
            new RateTable.Row("India", "+91", new BigDecimal(india)),
            new RateTable.Row("Other", "Various", new BigDecimal("0.0139"))),
        Map.of("IN", "India"));
  }
}
