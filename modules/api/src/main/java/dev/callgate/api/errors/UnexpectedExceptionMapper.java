package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: log it with an incident id, answer 500 in the contract's shape, and
 * never show a stack trace. Known refusals behind wrappers are answered as themselves first.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    var known = KnownFailures.find(e);
    if (known.isPresent()) {
      return ErrorBody.response(known.get());
    }
    Optional<CallingException> conflict = ConcurrentWrites.conflict(e);
    if (conflict.isPresent()) {
      return ErrorBody.response(conflict.get());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
    return ErrorBody.response(
        CallingException.of(ErrorCode.INTERNAL_ERROR, "Unexpected failure; incident " + incident));
  }
}
