package dev.callgate.routing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code callgate.routing.*} keys; their defaults are in this module's config file. */
@ApplicationScoped
public class RoutingConfig {

  @Inject
  @ConfigProperty(name = "callgate.routing.ring-seconds")
  long ringSeconds;

  @Inject
  @ConfigProperty(name = "callgate.routing.accept-window-seconds")
  long acceptWindowSeconds;

  @Inject
  @ConfigProperty(name = "callgate.routing.max-no-answer")
  int maxNoAnswer;

  @Inject
  @ConfigProperty(name = "callgate.routing.wrap-up-seconds")
  long wrapUpSeconds;

  @Inject
  @ConfigProperty(name = "callgate.routing.presence-ttl-seconds")
  long presenceTtlSeconds;

  @Inject
  @ConfigProperty(name = "callgate.routing.heartbeat-seconds")
  long heartbeatSeconds;

  /** R7. */
  public Duration ring() {
    return Duration.ofSeconds(ringSeconds);
  }

  /** C3: no offer rings past the accept window. */
  public Duration acceptWindow() {
    return Duration.ofSeconds(acceptWindowSeconds);
  }

  /** R9. */
  public int maxNoAnswer() {
    return maxNoAnswer;
  }

  /** R10. */
  public Duration wrapUp() {
    return Duration.ofSeconds(wrapUpSeconds);
  }

  /** R12, for availability set over the API. */
  public Duration presenceTtl() {
    return Duration.ofSeconds(presenceTtlSeconds);
  }

  /** R12, for the console's beat. */
  public Eligibility eligibility() {
    return new Eligibility(Duration.ofSeconds(heartbeatSeconds));
  }
}
