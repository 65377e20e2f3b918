package dev.callgate.console.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * "Now" for view-scoped beans, read from the clock every rule reads, so a page and the rules agree
 * even after the sandbox moved that clock. View-scoped beans hold this proxy instead of the clock
 * itself, which is not serializable.
 */
@ApplicationScoped
public class ConsoleTime {

  @Inject private Clock clock;

  public Instant now() {
    return clock.instant();
  }
}
