package dev.callgate.api.soap;

import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.MultiLine;
import dev.callgate.kernel.input.PlainText;
import dev.callgate.kernel.input.WholeNumbers;
import jakarta.jws.WebParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * Checks the parameters of a CallingService operation against its Java signature, as the JSON body
 * reader does for REST: JAXB would read a missing or malformed number as 0 and an unknown constant
 * as null, without a word. Whole numbers must fit their type exactly, constants must be known,
 * texts follow {@link PlainText} (lines only where the parameter is {@link MultiLine}), list items
 * must not be nil, and a primitive parameter must be present.
 */
final class SoapParameters {

  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** The operations by their element name. */
  private static final Map<String, Method> OPERATIONS =
      Arrays.stream(CallingService.class.getMethods())
          .collect(Collectors.toMap(Method::getName, m -> m));

  private SoapParameters() {}

  static List<FieldProblem> check(Element operation) {
    List<FieldProblem> problems = new ArrayList<>();
    Method method = OPERATIONS.get(operation.getLocalName());
    if (!CallingService.NAMESPACE.equals(operation.getNamespaceURI()) || method == null) {
      problems.add(
          new FieldProblem(
              "operation",
              "{"
                  + operation.getNamespaceURI()
                  + "}"
                  + operation.getLocalName()
                  + " is not an operation of CallingService in "
                  + CallingService.NAMESPACE));
      return problems;
    }
    Map<String, List<Element>> given = new HashMap<>();
    for (Element child : SoapRequest.children(operation)) {
      given.computeIfAbsent(child.getLocalName(), k -> new ArrayList<>()).add(child);
    }
    for (Parameter parameter : method.getParameters()) {
      WebParam declared = parameter.getAnnotation(WebParam.class);
      String name = declared == null ? parameter.getName() : declared.name();
      List<Element> elements = given.getOrDefault(name, List.of());
      if (List.class.isAssignableFrom(parameter.getType())) {
        for (int i = 0; i < elements.size(); i++) {
          leaf(elements.get(i), itemType(parameter), parameter, name + "[" + i + "]", problems);
        }
      } else if (elements.size() > 1) {
        problems.add(new FieldProblem(name, "appears " + elements.size() + " times"));
      } else if (elements.isEmpty()) {
        if (parameter.getType().isPrimitive()) {
          problems.add(new FieldProblem(name, "is required"));
        }
      } else {
        leaf(elements.get(0), parameter.getType(), parameter, name, problems);
      }
    }
    return problems;
  }

  private static void leaf(
      Element element, Class<?> type, Parameter declared, String field, List<FieldProblem> out) {
    boolean nil = "true".equals(element.getAttributeNS(XSI, "nil").strip());
    String text = element.getTextContent();
    String problem = null;
    if (nil) {
      problem = type.isPrimitive() || field.endsWith("]") ? "must not be nil" : null;
    } else if (type == long.class || type == int.class) {
      long max = type == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
      long min = type == int.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
      problem = WholeNumbers.parse(text, min, max).problem();
    } else if (type.isEnum()) {
      List<String> names =
          Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      problem = names.contains(text.strip()) ? null : "must be one of " + names;
    } else if (type == String.class) {
      problem = PlainText.problem(text, declared.isAnnotationPresent(MultiLine.class)).orElse(null);
    }
    if (problem != null) {
      out.add(new FieldProblem(field, problem));
    }
  }

  private static Class<?> itemType(Parameter parameter) {
    return parameter.getParameterizedType() instanceof ParameterizedType list
            && list.getActualTypeArguments()[0] instanceof Class<?> item
        ? item
        : Object.class;
  }
}
