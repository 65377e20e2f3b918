package dev.callgate.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.FieldProblem;
import dev.callgate.templates.TemplateView;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** T2 at send time: the body parameters a message of an approved template carries. */
class TemplateParametersTest {

  @Test
  void T2_oneParameterPerPlaceholderPasses() {
    assertThat(TemplateRules.parameters(2, List.of("Ana", "ON-12853"))).isEmpty();
    assertThat(TemplateRules.parameters(0, null)).isEmpty();
  }

  @Test
  void T2_aWrongNumberOfParametersIsRefused() {
    assertThat(TemplateRules.parameters(2, List.of("Ana")))
        .containsExactly(
            new FieldProblem("parameters", "the template takes 2 parameter(s), got 1"));
  }

  @Test
  void T2_parametersAreNonEmptySingleLines() {
    assertThat(TemplateRules.parameters(4, Arrays.asList("Ana", "", "a\tb", "too     spaced")))
        .extracting(FieldProblem::field)
        .containsExactly("parameters[1]", "parameters[2]", "parameters[3]");
  }

  @Test
  void T2_aViewCountsDistinctPlaceholdersAndChecksParameters() {
    TemplateView view =
        new TemplateView(
            1,
            7,
            "102290129340398",
            "594425479261596",
            "order_call",
            "en",
            "UTILITY",
            null,
            "Hi {{1}}, order {{2}}, yes {{1}}.",
            null,
            List.of("Ana", "42"),
            false,
            "APPROVED",
            null,
            null,
            null);
    assertThat(view.placeholders()).isEqualTo(2);
    assertThat(view.parameterProblems(List.of("Ana", "42"))).isEmpty();
    assertThat(view.parameterProblems(List.of())).hasSize(1);
    assertThat(TemplateRules.placeholders(null)).isZero();
  }
}
