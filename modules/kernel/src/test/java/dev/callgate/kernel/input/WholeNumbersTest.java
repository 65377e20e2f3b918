package dev.callgate.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"4", "4.0", "4e0", "40e-1", "0.4E1"})
  void aWholeValueIsTakenHoweverItIsWritten(String json) {
    WholeNumbers.Result result = WholeNumbers.exact(new BigDecimal(json), 0, Long.MAX_VALUE);
    assertThat(result.ok()).isTrue();
    assertThat(result.value()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4.9", "0.5", "1e-999999999", "-0.0001"})
  void aFractionIsNeverRounded(String json) {
    assertThat(WholeNumbers.exact(new BigDecimal(json), Long.MIN_VALUE, Long.MAX_VALUE).problem())
        .isEqualTo("must be a whole number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"18446744073709551620", "9223372036854775808", "1e19", "1e999999999", "-1e30"})
  void aNumberBeyondTheTypeIsNeverWrapped(String json) {
    assertThat(WholeNumbers.exact(new BigDecimal(json), Long.MIN_VALUE, Long.MAX_VALUE).problem())
        .startsWith("must be between");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "-2147483649"})
  void theRangeIsTheTargetsOwn(String json) {
    assertThat(WholeNumbers.exact(new BigDecimal(json), Integer.MIN_VALUE, Integer.MAX_VALUE).ok())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "4.0", "4e0", "", " ", "0x10", "1_000", "١٢"})
  void textMustBeWrittenAsAnInteger(String text) {
    assertThat(WholeNumbers.parse(text, 0, 1000).problem()).isEqualTo("must be a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "+12", " 12 "})
  void textIntegersParse(String text) {
    assertThat(WholeNumbers.parse(text, 0, 1000).value()).isEqualTo(12);
  }
}
