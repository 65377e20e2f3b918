package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the JSON binding could not read is the client's mistake: 400, not 500. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    return ErrorBody.response(
        KnownFailures.find(e)
            .orElseGet(
                () ->
                    CallingException.of(
                        ErrorCode.VALIDATION_FAILED,
                        "The request could not be read: " + MalformedBodies.reason(e))));
  }
}
