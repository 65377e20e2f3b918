package dev.callgate.api.soap;

import dev.callgate.api.errors.ConcurrentWrites;
import dev.callgate.api.errors.ConstraintViolationMapper;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where what a module service throws becomes a {@link CallingFault}, so that an
 * operation stays a single delegating call. Mirrors the REST exception mappers: known refusals keep
 * their code, anything else is logged with an incident id and never shown to the caller.
 */
final class FaultTranslator {

  private static final Logger LOG = Logger.getLogger(FaultTranslator.class.getName());

  private FaultTranslator() {}

  static <T> T translated(Supplier<T> work) throws CallingFault {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw fault(e);
    }
  }

  private static CallingFault fault(RuntimeException e) {
    // EJB wraps system exceptions (a failed method validation, for one): look through it
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CallingException known) {
        return CallingFault.of(known);
      }
      if (t instanceof ConstraintViolationException violations) {
        return CallingFault.of(ConstraintViolationMapper.validationError(violations));
      }
    }
    Optional<CallingException> conflict = ConcurrentWrites.conflict(e);
    if (conflict.isPresent()) {
      return CallingFault.of(conflict.get());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure in a SOAP operation, incident " + incident, e);
    return CallingFault.of(
        CallingException.of(ErrorCode.INTERNAL_ERROR, "Unexpected failure; incident " + incident));
  }
}
