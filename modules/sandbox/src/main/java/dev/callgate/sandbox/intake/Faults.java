package dev.callgate.sandbox.intake;

import dev.callgate.sandbox.meta.MetaError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Faults a test arms for the next matching Graph requests: FAIL answers with Meta's error instead
 * of doing anything (a refusal for a 4xx, an outage for a 5xx); DELAY does the work, then holds the
 * answer back, as a slow Meta would. Each fault wears out after {@code times} requests.
 */
@ApplicationScoped
public class Faults {

  /** What goes wrong, and for which requests (a null number or user matches any). */
  public record Fault(
      String numberId,
      String waId,
      String action,
      Mode mode,
      int httpStatus,
      int code,
      Duration delay,
      int times) {

    boolean matches(String number, String user, String asked) {
      return action.equals(asked)
          && (numberId == null || numberId.equals(number))
          && (waId == null || waId.equals(user));
    }

    MetaError error() {
      return new MetaError(
          code,
          httpStatus,
          "OAuthException",
          "(#" + code + ") Injected by the sandbox",
          "The sandbox was told to fail this " + action + " request",
          Map.of());
    }
  }

  /** What the fault does to the request. */
  public enum Mode {
    FAIL,
    SLOW_ANSWER,
    SLOW_ARRIVAL
  }

  private final List<Fault> armed = new ArrayList<>();

  public synchronized void arm(Fault fault) {
    armed.add(fault);
  }

  public synchronized List<Fault> armed() {
    return List.copyOf(armed);
  }

  public synchronized void clear() {
    armed.clear();
  }

  /** The first armed fault for this request, used up by one. */
  synchronized Optional<Fault> take(String numberId, String waId, String action) {
    for (Iterator<Fault> it = armed.iterator(); it.hasNext(); ) {
      Fault f = it.next();
      if (f.matches(numberId, waId, action)) {
        it.remove();
        if (f.times() > 1) {
          armed.add(
              new Fault(
                  f.numberId(),
                  f.waId(),
                  f.action(),
                  f.mode(),
                  f.httpStatus(),
                  f.code(),
                  f.delay(),
                  f.times() - 1));
        }
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
