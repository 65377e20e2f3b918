package dev.callgate.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class FieldProblemTest {

  @Test
  void keepsFieldAndProblem() {
    FieldProblem problem = new FieldProblem("waId", "is required");

    assertThat(problem.field()).isEqualTo("waId");
    assertThat(problem.problem()).isEqualTo("is required");
    assertThat(problem)
        .isEqualTo(new FieldProblem("waId", "is required"))
        .isNotEqualTo(new FieldProblem("agentId", "is required"));
  }

  @Test
  void refusesMissingParts() {
    assertThatNullPointerException().isThrownBy(() -> new FieldProblem(null, "is required"));
    assertThatNullPointerException().isThrownBy(() -> new FieldProblem("waId", null));
  }
}
