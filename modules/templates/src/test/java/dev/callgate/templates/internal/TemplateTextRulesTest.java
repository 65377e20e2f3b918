package dev.callgate.templates.internal;

import static dev.callgate.templates.internal.DraftBuilder.bodyOnly;
import static dev.callgate.templates.internal.DraftBuilder.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule T1 on what template text may hold: placeholders, examples, markup, control characters. */
class TemplateTextRulesTest {

  @Test
  void T1_placeholdersWithAGapAreRefused() {
    List<FieldProblem> problems =
        TemplateRules.check(bodyOnly("Hi {{1}}, order {{3}} is ready.", "Ana", "42").build());
    assertThat(problems).extracting(FieldProblem::field).containsExactly("bodyText");
    assertThat(problems.get(0).problem()).contains("{{2}} is missing");
  }

  @Test
  void T1_malformedPlaceholdersAreRefused() {
    assertThat(bodyOnly("Hi {{ 1 }}, order {{name}} ready.").problemFields())
        .containsExactly("bodyText");
    assertThat(bodyOnly("Hi {{0}}, ready.").problemFields()).containsExactly("bodyText");
  }

  @Test
  void T1_aRepeatedPlaceholderNeedsOneExample() {
    assertThat(bodyOnly("Hi {{1}}, yes {{1}}, call?", "Ana").problemFields()).isEmpty();
  }

  @Test
  void T1_aBodyThatStartsOrEndsWithAPlaceholderIsRefused() {
    assertThat(bodyOnly("{{1}}, call?", "Ana").problemFields()).containsExactly("bodyText");
    assertThat(bodyOnly("Call you, {{1}}", "Ana").problemFields()).containsExactly("bodyText");
  }

  @Test
  void T1_placeholdersInTheHeaderOrFooterAreRefused() {
    assertThat(valid().header("Hello {{1}}").footer("Bye {{2}}").problemFields())
        .containsExactly("headerText", "footerText");
  }

  @Test
  void T1_aMissingExampleIsRefused() {
    List<FieldProblem> problems = TemplateRules.check(valid().examples("Ana").build());
    assertThat(problems).extracting(FieldProblem::field).containsExactly("examples");
    assertThat(problems.get(0).problem()).contains("2 expected, 1 given");
  }

  @Test
  void T1_anExtraExampleIsRefused() {
    assertThat(valid().examples("Ana", "42", "spare").problemFields()).containsExactly("examples");
    assertThat(bodyOnly("May we call?", "spare").problemFields()).containsExactly("examples");
  }

  @Test
  void T1_anEmptyExampleIsRefusedByItsPosition() {
    assertThat(valid().examples("Ana", " ").problemFields()).containsExactly("examples[1]");
    assertThat(valid().examples("Ana", null).problemFields()).containsExactly("examples[1]");
  }

  @Test
  void T1_markupIsRefusedWhereverItIs() {
    DraftBuilder markup =
        valid()
            .header("<b>Hello</b>")
            .body("Hi {{1}}, <script>alert(1)</script> call?")
            .footer("<!-- bye -->")
            .examples("<img src=x>");
    assertThat(markup.problemFields())
        .containsExactly("headerText", "bodyText", "footerText", "examples[0]");
  }

  @Test
  void T1_aLessThanSignThatIsNoTagIsAllowed() {
    assertThat(bodyOnly("Orders < 5 kg ship free <3, {{1}}!", "Ana").problemFields()).isEmpty();
  }

  @Test
  void T1_controlCharactersAreRefusedAndOnlyTheBodyHasLines() {
    DraftBuilder control =
        valid()
            .header("two\nlines")
            .body("Hi {{1}},\nline two\u0007 ok")
            .footer("bidi \u202Etxt")
            .examples("Ana");
    assertThat(TemplateRules.check(control.build()))
        .containsExactly(
            new FieldProblem("headerText", "must be a single line"),
            new FieldProblem("bodyText", "contains control characters"),
            new FieldProblem("footerText", "contains control characters"));
  }
}
