package dev.callgate.permissions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.FieldProblem;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.RequestKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a permission request must hold before anything is locked or sent. */
class RequestContentTest {

  @Test
  void T3_aFreeFormRequestNeedsAPlainBodyOfAtMost1024Characters() {
    assertThat(RequestContent.problems(PermissionRequestCommand.interactive("919812345678", "Hi")))
        .isEmpty();
    assertThat(
            RequestContent.problems(
                PermissionRequestCommand.interactive("919812345678", "x".repeat(1024))))
        .isEmpty();
    assertThat(
            fields(
                RequestContent.problems(
                    PermissionRequestCommand.interactive("919812345678", "x".repeat(1025)))))
        .containsExactly("bodyText");
    assertThat(
            fields(
                RequestContent.problems(
                    PermissionRequestCommand.interactive(
                        "919812345678", "<script>alert(1)</script>"))))
        .containsExactly("bodyText");
  }

  @Test
  void T2_aTemplateRequestNamesTheTemplateAndItsLanguage() {
    var problems =
        RequestContent.problems(
            new PermissionRequestCommand(
                "919812345678", RequestKind.TEMPLATE, "hi", null, null, null));
    assertThat(fields(problems))
        .containsExactlyInAnyOrder("templateName", "templateLanguage", "bodyText");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    var problems =
        RequestContent.problems(
            new PermissionRequestCommand(null, null, null, null, null, List.of("")));
    assertThat(fields(problems)).containsExactly("waId", "kind");
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }
}
