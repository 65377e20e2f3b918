package dev.callgate.api.input;

import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.MultiLine;
import dev.callgate.kernel.input.PlainText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.spi.JsonProvider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Walks a JSON tree beside the Java type it is about to bind to, and collects every value that type
 * would take only by altering it: a null inside an array, a number that is not exactly a value of
 * its integer type, text with control characters, a date far outside any calendar in use, a string
 * where a number or a constant is due. Each problem names its JSON path ({@code
 * callHours.holidaySchedule[0]}). The tree it returns has whole numbers in their plain form, so
 * that binding reads exactly the value that was checked.
 */
final class JsonShape {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final List<FieldProblem> problems = new ArrayList<>();

  private JsonShape() {}

  /** The problems of {@code value} as a {@code type}, and the tree to bind when there are none. */
  static Checked check(JsonValue value, Type type) {
    JsonShape shape = new JsonShape();
    JsonValue normalized = shape.visit(value, type, null, "");
    return new Checked(normalized, List.copyOf(shape.problems));
  }

  record Checked(JsonValue tree, List<FieldProblem> problems) {}

  private JsonValue visit(JsonValue value, Type type, AnnotatedElement declared, String path) {
    Class<?> raw = raw(type);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        refuse(path, "must not be null");
      }
      return JsonValue.NULL;
    }
    if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return anyJson(value, path);
    }
    if (Scalars.handles(raw)) {
      return Scalars.check(value, raw, multiLine(declared), path, problems);
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return array(value, element(type, raw), declared, path);
    }
    if (Map.class.isAssignableFrom(raw)) {
      return map(value, typeArgument(type, 1), declared, path);
    }
    if (raw.getName().startsWith("java.")) {
      return value; // another JDK type (URI, UUID...): JSON-B's own parsing decides
    }
    return object(value, raw, path);
  }

  private JsonValue array(JsonValue value, Type element, AnnotatedElement declared, String path) {
    if (!(value instanceof JsonArray array)) {
      refuse(path, "must be an array");
      return value;
    }
    JsonArrayBuilder out = JSON.createArrayBuilder();
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      JsonValue item = array.get(i);
      if (item.getValueType() == JsonValue.ValueType.NULL) {
        refuse(at, "must not be null");
        out.add(item);
      } else {
        out.add(visit(item, element, declared, at));
      }
    }
    return out.build();
  }

  private JsonValue map(JsonValue value, Type element, AnnotatedElement declared, String path) {
    if (!(value instanceof JsonObject object)) {
      refuse(path, "must be an object");
      return value;
    }
    JsonObjectBuilder out = JSON.createObjectBuilder();
    object.forEach((key, item) -> out.add(key, visit(item, element, declared, child(path, key))));
    return out.build();
  }

  /**
   * A record or a class: its properties by JSON-B's names; unknown keys are ignored, as binding
   * does.
   */
  private JsonValue object(JsonValue value, Class<?> type, String path) {
    if (!(value instanceof JsonObject object)) {
      refuse(path, "must be an object");
      return value;
    }
    JsonObjectBuilder out = JSON.createObjectBuilder(object);
    for (Property property : properties(type)) {
      if (object.containsKey(property.name())) {
        out.add(
            property.name(),
            visit(
                object.get(property.name()),
                property.type(),
                property.element(),
                child(path, property.name())));
      }
    }
    return out.build();
  }

  /** A value of no declared shape: still no nulls in arrays, no control characters in text. */
  private JsonValue anyJson(JsonValue value, String path) {
    switch (value.getValueType()) {
      case ARRAY -> {
        return array(value, Object.class, null, path);
      }
      case OBJECT -> {
        return map(value, Object.class, null, path);
      }
      case STRING -> {
        text(((JsonString) value).getString(), false, path);
        return value;
      }
      default -> {
        return value;
      }
    }
  }

  private void text(String text, boolean multiLine, String path) {
    PlainText.problem(text, multiLine).ifPresent(problem -> refuse(path, problem));
  }

  private void refuse(String path, String problem) {
    problems.add(new FieldProblem(path.isEmpty() ? "body" : path, problem));
  }

  private static boolean multiLine(AnnotatedElement declared) {
    return declared != null && declared.isAnnotationPresent(MultiLine.class);
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private record Property(String name, Type type, AnnotatedElement element) {}

  private static List<Property> properties(Class<?> type) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(JsonShape::property).toList();
    }
    List<Property> found = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
          found.add(new Property(name(f, f.getName()), f.getGenericType(), f));
        }
      }
    }
    return found;
  }

  private static Property property(RecordComponent c) {
    return new Property(name(c, c.getName()), c.getGenericType(), c);
  }

  private static String name(AnnotatedElement element, String javaName) {
    JsonbProperty renamed = element.getAnnotation(JsonbProperty.class);
    return renamed == null || renamed.value().isEmpty() ? javaName : renamed.value();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof GenericArrayType g) {
      return raw(g.getGenericComponentType()).arrayType();
    }
    return Object.class; // a type variable or wildcard: no shape to check against
  }

  private static Type element(Type type, Class<?> raw) {
    if (raw.isArray()) {
      return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.componentType();
    }
    return typeArgument(type, 0);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
