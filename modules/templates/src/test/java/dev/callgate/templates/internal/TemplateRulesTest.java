package dev.callgate.templates.internal;

import static dev.callgate.templates.internal.DraftBuilder.bodyOnly;
import static dev.callgate.templates.internal.DraftBuilder.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule T1 on the fields of a draft: each case alone, then all at once. */
class TemplateRulesTest {

  @Test
  void T1_aValidTemplatePasses() {
    assertThat(TemplateRules.check(valid().build())).isEmpty();
  }

  @Test
  void T1_headerFooterAndPlaceholdersAreOptional() {
    assertThat(bodyOnly("May we call you?").problemFields()).isEmpty();
  }

  @Test
  void T1_exactly60And1024CharactersPass() {
    String body = "Hi {{1}}," + "x".repeat(1024 - 10) + ".";
    assertThat(body).hasSize(1024);
    DraftBuilder atLimits =
        valid().header("h".repeat(60)).body(body).footer("f".repeat(60)).examples("Ana");
    assertThat(atLimits.problemFields()).isEmpty();
  }

  @Test
  void T1_aNameWithASpaceIsRefused() {
    assertThat(valid().name("order call").problemFields()).containsExactly("name");
  }

  @Test
  void T1_aNameWithUppercaseIsRefused() {
    assertThat(valid().name("OrderCall").problemFields()).containsExactly("name");
  }

  @Test
  void T1_aNameLongerThan512IsRefused() {
    assertThat(valid().name("a".repeat(512)).problemFields()).isEmpty();
    assertThat(valid().name("a".repeat(513)).problemFields()).containsExactly("name");
  }

  @Test
  void T1_aHeaderOf61CharactersIsRefused() {
    assertThat(TemplateRules.check(valid().header("h".repeat(61)).build()))
        .containsExactly(
            new FieldProblem("headerText", "is 61 characters long; at most 60 are allowed"));
  }

  @Test
  void T1_aBodyOf1025CharactersIsRefused() {
    String body = "Hi {{1}}, {{2}}." + "x".repeat(1025 - 16);
    assertThat(valid().body(body).problemFields()).containsExactly("bodyText");
  }

  @Test
  void T1_aBodyIsRequired() {
    assertThat(TemplateRules.check(bodyOnly("  ").build()))
        .containsExactly(new FieldProblem("bodyText", "is required"));
  }

  @Test
  void T1_aFooterOf61CharactersIsRefused() {
    assertThat(valid().footer("f".repeat(61)).problemFields()).containsExactly("footerText");
  }

  @Test
  void T1_aBadLanguageCodeIsRefused() {
    for (String bad : new String[] {"english", "EN", "en-US", "en_us", ""}) {
      assertThat(valid().language(bad).problemFields()).as(bad).containsExactly("language");
    }
    for (String good : new String[] {"en", "en_US", "pt_BR", "fil"}) {
      assertThat(valid().language(good).problemFields()).as(good).isEmpty();
    }
  }

  @Test
  void T1_aCategoryOtherThanMarketingOrUtilityIsRefused() {
    assertThat(valid().category("MARKETING").problemFields()).isEmpty();
    assertThat(valid().category("AUTHENTICATION").problemFields()).containsExactly("category");
    assertThat(valid().category(null).problemFields()).containsExactly("category");
  }

  @Test
  void T1_everyProblemIsReportedAtOnce() {
    DraftBuilder wrong =
        valid()
            .name("Order Call")
            .language("english")
            .category("PROMOTION")
            .header("h".repeat(61))
            .body("Hi {{1}}, order {{3}} <b>now</b>." + "x".repeat(1024))
            .footer("f".repeat(61))
            .examples();
    List<String> fields = wrong.problemFields();
    assertThat(fields)
        .contains(
            "name", "language", "category", "headerText", "bodyText", "footerText", "examples");
  }
}
