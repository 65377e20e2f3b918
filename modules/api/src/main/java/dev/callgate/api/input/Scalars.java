package dev.callgate.api.input;

import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.PlainText;
import dev.callgate.kernel.input.SaneTime;
import dev.callgate.kernel.input.WholeNumbers;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The leaves of a body: text, whole numbers, true/false, constants and dates, each checked against
 * the Java type it binds to. JSON types are not converted into one another: {@code "4"} is not a
 * number and {@code 4} is not a text.
 */
final class Scalars {

  private static final JsonProvider JSON = JsonProvider.provider();

  /** The range of each whole-number type. */
  private static final Map<Class<?>, long[]> WHOLE =
      Map.of(
          byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
          Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
          short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
          Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
          int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

  private static final List<Class<?>> OTHERS =
      List.of(
          String.class,
          boolean.class,
          Boolean.class,
          BigDecimal.class,
          BigInteger.class,
          double.class,
          Double.class,
          float.class,
          Float.class,
          LocalDate.class,
          Instant.class);

  /** ISO dates with a four-digit year: Java would also take {@code +999999999-12-25}. */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Scalars() {}

  static boolean handles(Class<?> type) {
    return WHOLE.containsKey(type) || OTHERS.contains(type) || type.isEnum();
  }

  static JsonValue check(
      JsonValue value, Class<?> type, boolean multiLine, String path, List<FieldProblem> out) {
    Optional<String> problem;
    JsonValue checked = value;
    if (WHOLE.containsKey(type)) {
      long[] range = WHOLE.get(type);
      if (!(value instanceof JsonNumber number)) {
        problem = Optional.of("must be a whole number");
      } else {
        WholeNumbers.Result whole =
            WholeNumbers.exact(number.bigDecimalValue(), range[0], range[1]);
        problem = whole.refusal();
        checked = whole.ok() ? JSON.createValue(whole.value()) : value;
      }
    } else if (type == BigInteger.class) {
      problem =
          value instanceof JsonNumber n && n.bigDecimalValue().stripTrailingZeros().scale() <= 0
              ? Optional.empty()
              : Optional.of("must be a whole number");
    } else if (Number.class.isAssignableFrom(box(type))) {
      problem = decimal(value, type);
    } else if (type == boolean.class || type == Boolean.class) {
      problem =
          value == JsonValue.TRUE || value == JsonValue.FALSE
              ? Optional.empty()
              : Optional.of("must be true or false");
    } else if (!(value instanceof JsonString string)) {
      problem =
          Optional.of(type.isEnum() ? "must be one of " + constants(type) : "must be a string");
    } else if (type.isEnum()) {
      problem =
          constants(type).contains(string.getString())
              ? Optional.empty()
              : Optional.of("must be one of " + constants(type));
    } else if (type == LocalDate.class) {
      problem = date(string.getString());
    } else if (type == Instant.class) {
      problem = instant(string.getString());
    } else {
      problem = PlainText.problem(string.getString(), multiLine);
    }
    problem.ifPresent(p -> out.add(new FieldProblem(path.isEmpty() ? "body" : path, p)));
    return checked;
  }

  private static Optional<String> decimal(JsonValue value, Class<?> type) {
    if (!(value instanceof JsonNumber number)) {
      return Optional.of("must be a number");
    }
    if (type == BigDecimal.class) {
      return Optional.empty();
    }
    double d = number.bigDecimalValue().doubleValue();
    boolean fits = box(type) == Float.class ? Float.isFinite((float) d) : Double.isFinite(d);
    return fits ? Optional.empty() : Optional.of("is out of range");
  }

  private static Optional<String> date(String text) {
    if (!DATE.matcher(text).matches()) {
      return Optional.of("must be a date as YYYY-MM-DD");
    }
    try {
      return SaneTime.problem(LocalDate.parse(text));
    } catch (DateTimeException e) {
      return Optional.of("is not a date in the calendar");
    }
  }

  private static Optional<String> instant(String text) {
    try {
      return SaneTime.problem(Instant.parse(text));
    } catch (DateTimeException e) {
      return Optional.of("must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
    }
  }

  private static List<String> constants(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }

  private static Class<?> box(Class<?> type) {
    if (type == double.class) {
      return Double.class;
    }
    return type == float.class ? Float.class : type;
  }
}
