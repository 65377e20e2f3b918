package dev.callgate.console.softphone;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.input.BodyTooLargeException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What is not a module's refusal, in the softphone's error shape too: a body over the limit (413),
 * a body that is not the JSON expected (400), the framework's own refusals with their status, and
 * anything else as a logged incident, never a stack trace.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnreadableRequestMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    var tooLarge = BodyTooLargeException.in(e);
    if (tooLarge.isPresent()) {
      return refuse(CallingException.of(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.get().getMessage()));
    }
    if (unreadable(e)) {
      return refuse(
          CallingException.of(
              ErrorCode.VALIDATION_FAILED, "The request could not be read as the JSON expected"));
    }
    if (e instanceof WebApplicationException framework) {
      return framework.getResponse();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected softphone failure, incident " + incident, e);
    return refuse(
        CallingException.of(ErrorCode.INTERNAL_ERROR, "Unexpected failure; incident " + incident));
  }

  private static boolean unreadable(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ProcessingException
          || t instanceof JsonbException
          || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  private static Response refuse(CallingException e) {
    return new RefusalMapper().toResponse(e);
  }
}
