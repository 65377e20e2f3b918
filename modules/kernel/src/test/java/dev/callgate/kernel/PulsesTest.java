package dev.callgate.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PulsesTest {

  private static final int SIX = 6;

  @ParameterizedTest(name = "{0} s -> {1} pulses")
  @CsvSource({
    "0,0",
    "1,1",
    "5,1",
    "6,1",
    "7,2",
    "12,2",
    "13,3",
    "56,10",
    "60,10",
    "61,11",
    "3600,600"
  })
  void B2_durationIsRoundedUpToWholePulses(long seconds, long pulses) {
    assertThat(Pulses.forDuration(seconds, SIX).count()).isEqualTo(pulses);
  }

  @Test
  void B2_fiftySixSecondsIsTenPulses() {
    assertThat(Pulses.forDuration(56, SIX)).isEqualTo(new Pulses(10));
  }

  @Test
  void B2_unansweredCallIsZeroPulsesAndCostsNothing() {
    Pulses none = Pulses.forDuration(0, SIX);

    assertThat(none.count()).isZero();
    assertThat(none.cost(Money.of("0.0113", "USD"), SIX).isZero()).isTrue();
  }

  @Test
  void B2_veryLongDurationDoesNotOverflow() {
    assertThat(Pulses.forDuration(Long.MAX_VALUE, SIX).count()).isEqualTo(Long.MAX_VALUE / 6 + 1);
  }

  @Test
  void negativeInputsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Pulses.forDuration(-1, SIX));
    assertThatIllegalArgumentException().isThrownBy(() -> Pulses.forDuration(10, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Pulses(-1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Pulses(1).cost(Money.of("1", "USD"), 0));
  }

  @Test
  void B3_costIsExactDecimal() {
    Money cost = new Pulses(10).cost(Money.of("0.0113", "USD"), SIX);

    assertThat(cost).isEqualTo(Money.of("0.0113", "USD"));
    assertThat(cost.plain()).isEqualTo("0.011300");
  }

  @Test
  void B3_costIsPulsesTimesATenthOfTheRate() {
    // India 0.0056/min: one pulse is 0.00056, kept whole, not rounded to 0.0006
    assertThat(new Pulses(1).cost(Money.of("0.0056", "USD"), SIX).plain()).isEqualTo("0.000560");
    assertThat(new Pulses(7).cost(Money.of("0.0113", "USD"), SIX).plain()).isEqualTo("0.007910");
    // a rate with 6 decimals makes a pulse cost with 7; it is kept, not rounded away
    assertThat(new Pulses(1).cost(Money.of("0.000123", "USD"), SIX).plain()).isEqualTo("0.0000123");
  }

  @Test
  void B3_noRoundingPerPulse() {
    Money rate = Money.of("0.0133", "USD");
    Money summed = Money.zero("USD");
    for (int i = 0; i < 600; i++) {
      summed = summed.plus(new Pulses(1).cost(rate, SIX));
    }

    assertThat(new Pulses(600).cost(rate, SIX))
        .isEqualTo(summed)
        .isEqualTo(Money.of("0.798", "USD"));
    assertThat(rate.currency().getCurrencyCode()).isEqualTo("USD");
  }

  @Test
  void otherPulseLengthsArePricedPerMinuteToo() {
    Money rate = Money.of("0.06", "USD");

    assertThat(new Pulses(1).cost(rate, 60)).isEqualTo(rate);
    assertThat(new Pulses(2).cost(rate, 30)).isEqualTo(rate);
    // 7 s does not divide a minute: 1 x 0.06 x 7 / 60 = 0.007, still exact
    assertThat(new Pulses(1).cost(rate, 7).plain()).isEqualTo("0.007000");
    // a repeating quotient keeps 34 significant digits instead of failing
    assertThat(new Pulses(1).cost(Money.of("0.01", "USD"), 7).amount().precision()).isEqualTo(34);
  }
}
