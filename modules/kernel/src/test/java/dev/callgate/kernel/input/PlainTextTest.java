package dev.callgate.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"Oliver Smith", "Zoë Ağaoğlu", "李小龙", "emoji \uD83D\uDCDE ok", "tab-free", ""})
  void ordinaryTextPasses(String text) {
    assertThat(PlainText.problem(text, false)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nul\u0000",
        "bel\u0007",
        "esc\u001b[31m",
        "del\u007f",
        "nel\u0085",
        "csi\u009b",
        "unit\u001f",
        "lone high \uD83D",
        "lone low \uDCDE x",
        "non\uFFFE",
        "non\uFFFF"
      })
  void controlsSurrogatesAndNoncharactersAreRefusedEverywhere(String text) {
    assertThat(PlainText.problem(text, false)).isPresent();
    assertThat(PlainText.problem(text, true)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"line\nbreak", "carriage\rreturn", "a\ttab", "v=0\r\no=- 1 1 IN IP4"})
  void lineBreaksAndTabsOnlyInMultiLineFields(String text) {
    assertThat(PlainText.problem(text, false)).hasValueSatisfying(p -> p.startsWith("must be"));
    assertThat(PlainText.problem(text, true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u001b"})
  void theProblemNamesTheCharacterAndWhereItIs(String text) {
    assertThat(PlainText.problem("ab" + text, false).orElseThrow())
        .contains(String.format("U+%04X", (int) text.charAt(0)))
        .endsWith("at 3");
  }
}
