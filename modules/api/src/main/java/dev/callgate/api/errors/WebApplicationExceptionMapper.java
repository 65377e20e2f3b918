package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The framework's own refusals (unknown path, wrong method, wrong media type) in our shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    // a parameter converter's or body reader's own refusal, wrapped by the framework
    var known = KnownFailures.find(e.getCause());
    if (known.isPresent()) {
      return ErrorBody.response(known.get());
    }
    int status = e.getResponse().getStatus();
    ErrorCode code = HttpStatuses.code(status);
    String message =
        code == ErrorCode.VALIDATION_FAILED
            ? "The request could not be read: " + MalformedBodies.reason(e)
            : HttpStatuses.message(code);
    Response mapped = ErrorBody.response(CallingException.of(code, message));
    if (code == ErrorCode.METHOD_NOT_ALLOWED && e.getResponse().getHeaderString("Allow") != null) {
      return Response.fromResponse(mapped)
          .header("Allow", e.getResponse().getHeaderString("Allow"))
          .build();
    }
    return mapped;
  }
}
