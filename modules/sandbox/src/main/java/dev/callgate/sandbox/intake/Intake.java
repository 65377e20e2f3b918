package dev.callgate.sandbox.intake;

import dev.callgate.sandbox.meta.MetaError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The door every state-changing Graph request goes through: it is noted in {@link Received}, meets
 * the fault a test armed for it, if any, and has its answer noted.
 */
@ApplicationScoped
public class Intake {

  @Inject Received received;
  @Inject Faults faults;

  /**
   * Runs the request's work.
   *
   * @param waId the user the request concerns, when known
   * @param action what was asked: {@code call_permission_request}, {@code connect}, {@code
   *     terminate}, {@code settings}, …
   */
  public <T> T handle(
      String numberId, String waId, String action, String callId, Supplier<T> work) {
    Received.Entry entry = received.arrived(numberId, waId, action, callId);
    Optional<Faults.Fault> fault = faults.take(numberId, waId, action);
    try {
      Faults.Mode mode = fault.map(Faults.Fault::mode).orElse(null);
      if (mode == Faults.Mode.FAIL) {
        throw fault.get().error();
      }
      if (mode == Faults.Mode.SLOW_ARRIVAL) {
        pause(fault.get());
      }
      T answer = work.get();
      entry.accepted();
      if (mode == Faults.Mode.SLOW_ANSWER) {
        pause(fault.get());
      }
      return answer;
    } catch (MetaError refused) {
      entry.refused(refused);
      throw refused;
    }
  }

  private static void pause(Faults.Fault fault) {
    try {
      Thread.sleep(fault.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
