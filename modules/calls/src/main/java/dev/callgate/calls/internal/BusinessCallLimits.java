package dev.callgate.calls.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code callgate.limits.*} configuration; the defaults are in this module's config file. */
@ApplicationScoped
public class BusinessCallLimits {

  private static final Duration DAY = Duration.ofHours(24);

  @Inject
  @ConfigProperty(name = "callgate.limits.connected-bic-per-number-24h")
  int perNumber;

  @Inject
  @ConfigProperty(name = "callgate.limits.bic-per-pair-24h")
  int perPair;

  @Inject
  @ConfigProperty(name = "callgate.limits.bic-excluded-countries")
  String excludedCountries;

  /** L1. */
  public RollingWindow perNumber() {
    return new RollingWindow(DAY, perNumber);
  }

  /** L2. */
  public RollingWindow perPair() {
    return new RollingWindow(DAY, perPair);
  }

  /** L3: ISO countries, upper case. */
  public Set<String> excludedCountries() {
    return Arrays.stream(excludedCountries.split(","))
        .map(c -> c.trim().toUpperCase(Locale.ROOT))
        .filter(c -> !c.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
