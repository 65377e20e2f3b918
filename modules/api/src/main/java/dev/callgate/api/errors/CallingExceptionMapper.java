package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class CallingExceptionMapper implements ExceptionMapper<CallingException> {

  @Override
  public Response toResponse(CallingException e) {
    return ErrorBody.response(e);
  }
}
