package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures become validation_failed listing every field at once. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return ErrorBody.response(validationError(e));
  }

  /** The violations as one validation_failed error; the SOAP endpoint faults with the same. */
  public static CallingException validationError(ConstraintViolationException e) {
    List<FieldProblem> problems =
        e.getConstraintViolations().stream()
            .map(v -> new FieldProblem(field(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList();
    return CallingException.validation(problems);
  }

  /** The last path node is the field the client knows ("name"), not "save.arg2.name". */
  private static String field(ConstraintViolation<?> violation) {
    String field = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && !node.getName().startsWith("arg")) {
        field = node.getName();
      }
    }
    return field.isEmpty() ? "body" : field;
  }
}
