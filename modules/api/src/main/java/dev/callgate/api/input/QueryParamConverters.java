package dev.callgate.api.input;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.PlainText;
import dev.callgate.kernel.input.SaneTime;
import dev.callgate.kernel.input.WholeNumbers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed query parameters ({@code @QueryParam("limit") int limit}) converted by Callgate's rules, so
 * that a bad value is a {@code validation_failed} naming the parameter: JAX-RS itself answers 404
 * for a query parameter it cannot convert. Whole numbers honour {@code @Min} and {@code @Max} on
 * the parameter, and are refused outside them rather than clamped.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> type, Type genericType, Annotation[] annotations) {
    QueryParam query = find(annotations, QueryParam.class);
    if (query == null) {
      return null;
    }
    String name = query.value();
    Function<String, Object> convert;
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      boolean isInt = type == int.class || type == Integer.class;
      Min min = find(annotations, Min.class);
      Max max = find(annotations, Max.class);
      long low = min != null ? min.value() : isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
      long high = max != null ? max.value() : isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
      convert = raw -> whole(name, raw, low, high, isInt);
    } else if (type == Instant.class) {
      convert = raw -> instant(name, raw);
    } else if (type.isEnum()) {
      convert = raw -> constant(name, raw, type);
    } else if (type == String.class) {
      convert = raw -> text(name, raw);
    } else {
      return null;
    }
    return (ParamConverter<T>) new Converter(convert);
  }

  private static Object whole(String name, String raw, long low, long high, boolean isInt) {
    WholeNumbers.Result result = WholeNumbers.parse(raw, low, high);
    if (!result.ok()) {
      throw refused(name, result.problem());
    }
    return isInt ? (Object) (int) result.value() : (Object) result.value();
  }

  private static Object instant(String name, String raw) {
    Instant instant;
    try {
      instant = Instant.parse(raw.strip());
    } catch (DateTimeException e) {
      throw refused(name, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
    }
    SaneTime.problem(instant).ifPresent(problem -> refuse(name, problem));
    return instant;
  }

  private static Object constant(String name, String raw, Class<?> type) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> ((Enum<?>) c).name().equals(raw.strip()))
        .findFirst()
        .orElseThrow(() -> refused(name, "must be one of " + names));
  }

  private static Object text(String name, String raw) {
    PlainText.problem(raw, false).ifPresent(problem -> refuse(name, problem));
    return raw;
  }

  private static void refuse(String name, String problem) {
    throw refused(name, problem);
  }

  private static CallingException refused(String name, String problem) {
    return CallingException.validation(List.of(new FieldProblem(name, problem)));
  }

  private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
    Optional<Annotation> found =
        Arrays.stream(annotations == null ? new Annotation[0] : annotations)
            .filter(type::isInstance)
            .findFirst();
    return found.map(type::cast).orElse(null);
  }

  /** Absent parameters stay absent; JAX-RS passes {@code @DefaultValue} through here too. */
  private record Converter(Function<String, Object> convert) implements ParamConverter<Object> {

    @Override
    public Object fromString(String value) {
      return value == null ? null : convert.apply(value);
    }

    @Override
    public String toString(Object value) {
      return value == null ? null : value.toString();
    }
  }
}
