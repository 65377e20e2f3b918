package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** The framework's own refusals (unknown path, wrong method, wrong media type) in our shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Map<Integer, ErrorCode> BY_STATUS =
      Map.of(
          400, ErrorCode.VALIDATION_FAILED,
          401, ErrorCode.UNAUTHORIZED,
          403, ErrorCode.FORBIDDEN,
          404, ErrorCode.NOT_FOUND,
          405, ErrorCode.METHOD_NOT_ALLOWED,
          406, ErrorCode.NOT_ACCEPTABLE,
          409, ErrorCode.CONFLICT,
          413, ErrorCode.PAYLOAD_TOO_LARGE,
          415, ErrorCode.UNSUPPORTED_MEDIA_TYPE);

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    ErrorCode code = BY_STATUS.getOrDefault(status, ErrorCode.INTERNAL_ERROR);
    String message =
        switch (code) {
          case VALIDATION_FAILED -> "The request could not be read: " + MalformedBodies.reason(e);
          case NOT_FOUND -> "No such resource";
          case METHOD_NOT_ALLOWED -> "This resource does not accept that method";
          case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
          case NOT_ACCEPTABLE -> "This resource answers in application/json";
          default -> code.title();
        };
    Response mapped = ErrorBody.response(CallingException.of(code, message));
    if (code == ErrorCode.METHOD_NOT_ALLOWED && e.getResponse().getHeaderString("Allow") != null) {
      return Response.fromResponse(mapped)
          .header("Allow", e.getResponse().getHeaderString("Allow"))
          .build();
    }
    return mapped;
  }
}
