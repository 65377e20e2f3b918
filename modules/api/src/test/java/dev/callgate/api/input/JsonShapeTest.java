package dev.callgate.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.MultiLine;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The body walker against record types like the API's, without a server. */
class JsonShapeTest {

  enum Kind {
    INTERACTIVE,
    TEMPLATE
  }

  record Range(String dayOfWeek, String openTime) {}

  record Hours(List<Range> weekly, List<LocalDate> holidays) {}

  record Body(
      Long agentId,
      int seconds,
      Kind kind,
      String name,
      @MultiLine String bodyText,
      List<String> parameters,
      Hours hours,
      Map<String, Integer> counts,
      Object anything) {}

  @Test
  void aValidBodyHasNoProblemsAndKeepsItsValues() {
    JsonShape.Checked checked =
        check(
            "{\"agentId\":4.0,\"seconds\":60,\"kind\":\"TEMPLATE\",\"name\":\"Zoë\","
                + "\"bodyText\":\"two\\nlines\",\"parameters\":[\"a\"],\"hours\":{\"weekly\":"
                + "[{\"dayOfWeek\":\"MONDAY\",\"openTime\":\"0900\"}],\"holidays\":"
                + "[\"2026-12-25\"]},\"counts\":{\"a\":1},\"anything\":{\"x\":[1,\"y\"]},"
                + "\"unknown\":[null]}");
    assertThat(checked.problems()).isEmpty();
    assertThat(((JsonObject) checked.tree()).get("agentId").toString()).isEqualTo("4");
  }

  @Test
  void everyProblemIsNamedByItsPath() {
    JsonShape.Checked checked =
        check(
            "{\"agentId\":18446744073709551620,\"seconds\":4.9,\"kind\":\"OTHER\","
                + "\"name\":\"a\\u001bb\",\"bodyText\":\"a\\u0000\",\"parameters\":[\"x\",null],"
                + "\"hours\":{\"weekly\":[null,{\"dayOfWeek\":7}],\"holidays\":"
                + "[\"+999999999-12-25\"]},\"counts\":{\"a\":\"1\"},\"anything\":[[null]]}");
    assertThat(checked.problems())
        .extracting(FieldProblem::field)
        .containsExactly(
            "agentId",
            "seconds",
            "kind",
            "name",
            "bodyText",
            "parameters[1]",
            "hours.weekly[0]",
            "hours.weekly[1].dayOfWeek",
            "hours.holidays[0]",
            "counts.a",
            "anything[0][0]");
  }

  @Test
  void aPrimitiveCannotBeNull() {
    assertThat(check("{\"seconds\":null}").problems())
        .containsExactly(new FieldProblem("seconds", "must not be null"));
  }

  @Test
  void typesAreNotConvertedIntoOneAnother() {
    assertThat(check("{\"agentId\":\"4\",\"name\":4,\"parameters\":\"a\",\"hours\":[]}").problems())
        .extracting(FieldProblem::problem)
        .containsExactly(
            "must be a whole number", "must be a string", "must be an array", "must be an object");
  }

  @Test
  void syntaxDepthAndDuplicateKeysAreRefusedBeforeAnyTree() {
    assertThatThrownBy(() -> JsonSyntax.read(bytes("[".repeat(100_000))))
        .isInstanceOf(CallingException.class)
        .satisfies(
            e ->
                assertThat(((CallingException) e).fields().get(0).problem())
                    .isEqualTo("is nested deeper than 64 levels"));
    assertThatThrownBy(() -> JsonSyntax.read(bytes("{\"a\":1,\"a\":2}")))
        .satisfies(
            e ->
                assertThat(((CallingException) e).fields().get(0).problem())
                    .contains("repeats the key"));
    assertThatThrownBy(() -> JsonSyntax.read(new byte[] {'"', (byte) 0xFF, '"'}))
        .satisfies(
            e ->
                assertThat(((CallingException) e).fields().get(0).problem())
                    .isEqualTo("is not valid UTF-8"));
    assertThat(JsonSyntax.read(bytes("{\"a\":[1,2]}"))).isInstanceOf(JsonValue.class);
  }

  private static JsonShape.Checked check(String json) {
    return JsonShape.check(JsonSyntax.read(bytes(json)), Body.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
