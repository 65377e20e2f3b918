package dev.callgate.permissions.internal;

import dev.callgate.permissions.PermissionLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code callgate.permission.*} configuration; the defaults are in this module's config file.
 */
@ApplicationScoped
public class PermissionSettings {

  @Inject
  @ConfigProperty(name = "callgate.permission.temporary-hours")
  int temporaryHours;

  @Inject
  @ConfigProperty(name = "callgate.permission.request.max-per-24h")
  int maxPer24h;

  @Inject
  @ConfigProperty(name = "callgate.permission.request.max-per-7d")
  int maxPer7d;

  @Inject
  @ConfigProperty(name = "callgate.permission.request.expiry-days")
  int requestExpiryDays;

  @Inject
  @ConfigProperty(name = "callgate.permission.unanswered.prompt-after")
  int promptAfter;

  @Inject
  @ConfigProperty(name = "callgate.permission.unanswered.revoke-after")
  int revokeAfter;

  @Inject
  @ConfigProperty(name = "callgate.permission.service-window-hours")
  int serviceWindowHours;

  @Inject
  @ConfigProperty(name = "callgate.permission.reconcile.interval-hours")
  int reconcileIntervalHours;

  @Inject
  @ConfigProperty(name = "callgate.permission.reconcile.batch-size")
  int reconcileBatchSize;

  public PermissionLimits limits() {
    return new PermissionLimits(
        Duration.ofHours(temporaryHours),
        maxPer24h,
        maxPer7d,
        Duration.ofDays(requestExpiryDays),
        promptAfter,
        revokeAfter);
  }

  public Duration serviceWindow() {
    return Duration.ofHours(serviceWindowHours);
  }

  public Duration reconcileInterval() {
    return Duration.ofHours(reconcileIntervalHours);
  }

  public int reconcileBatchSize() {
    return reconcileBatchSize;
  }
}
