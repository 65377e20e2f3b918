package dev.callgate.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void B3_storedWithAtLeastSixDecimals() {
    assertThat(usd("0.0056").plain()).isEqualTo("0.005600");
    assertThat(usd("12").plain()).isEqualTo("12.000000");
    assertThat(usd("1E+2").plain()).isEqualTo("100.000000");
    assertThat(usd("0.00000012").plain()).isEqualTo("0.00000012");
    assertThat(usd("0.0056").amount().scale()).isEqualTo(6);
  }

  @Test
  void sameAmountWithOtherScaleIsEqual() {
    assertThat(usd("1.5"))
        .isEqualTo(usd("1.500000"))
        .isEqualTo(usd("1.50000000"))
        .hasSameHashCodeAs(usd("1.500000"))
        .isNotEqualTo(Money.of("1.5", "EUR"));
  }

  @Test
  void plusAndMinusAreExact() {
    assertThat(usd("0.1").plus(usd("0.2"))).isEqualTo(usd("0.3"));
    assertThat(usd("10").minus(usd("0.000001")).plain()).isEqualTo("9.999999");
  }

  @Test
  void B5_balanceMayGoNegative() {
    Money balance = usd("0.005").minus(usd("0.0113"));

    assertThat(balance.plain()).isEqualTo("-0.006300");
    assertThat(balance.isNegative()).isTrue();
    assertThat(balance.signum()).isEqualTo(-1);
    assertThat(balance.negate()).isEqualTo(usd("0.0063"));
  }

  @Test
  void currencyMismatchIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> usd("1").plus(Money.of("1", "EUR")))
        .withMessageContaining("USD")
        .withMessageContaining("EUR");
    assertThatIllegalArgumentException().isThrownBy(() -> usd("1").minus(Money.of("1", "INR")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> usd("1").isLessThan(Money.of("2", "EUR")));
  }

  @Test
  void timesKeepsEveryDecimal() {
    assertThat(usd("0.0113").times(new BigDecimal("0.1")).plain()).isEqualTo("0.001130");
    assertThat(usd("0.0113").times(new BigDecimal("0.01")).plain()).isEqualTo("0.000113");
    assertThat(usd("0.0113").times(new BigDecimal("0.001")).plain()).isEqualTo("0.0000113");
  }

  @Test
  void B3_shownRoundedToFourPlaces() {
    assertThat(usd("0.011300").rounded()).isEqualTo(new BigDecimal("0.0113"));
    assertThat(usd("0.00565").rounded()).isEqualTo(new BigDecimal("0.0057"));
    assertThat(usd("0.00564999").rounded()).isEqualTo(new BigDecimal("0.0056"));
    assertThat(usd("-0.00565").rounded()).isEqualTo(new BigDecimal("-0.0057"));
  }

  @Test
  void signAndComparison() {
    assertThat(Money.zero("USD").isZero()).isTrue();
    assertThat(Money.zero("USD").isPositive()).isFalse();
    assertThat(Money.zero("USD").plain()).isEqualTo("0.000000");
    assertThat(usd("0.000001").isPositive()).isTrue();
    assertThat(usd("1").isLessThan(usd("1.000001"))).isTrue();
    assertThat(usd("1").isGreaterThan(usd("1.0"))).isFalse();
    assertThat(usd("2").isGreaterThan(usd("1.999999"))).isTrue();
  }

  @Test
  void refusesMissingParts() {
    assertThatNullPointerException().isThrownBy(() -> new Money(null, Currency.getInstance("USD")));
    assertThatNullPointerException().isThrownBy(() -> new Money(BigDecimal.ONE, null));
    assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "XYZW"));
    assertThatIllegalArgumentException().isThrownBy(() -> usd("one"));
  }

  @Test
  void readableToString() {
    assertThat(usd("0.0056")).hasToString("0.005600 USD");
  }
}
