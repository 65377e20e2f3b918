package dev.callgate.routing;

import dev.callgate.accounts.Actor;
import jakarta.validation.constraints.NotNull;

/** A number's routing settings (R4-R6, R11). Numbers of another business are {@code not_found}. */
public interface RoutingSettingsService {

  /** The settings in force; the defaults for a number nobody configured. */
  RoutingSettings settings(long businessId, @NotNull String numberId);

  /**
   * Checks settings without storing them: {@code validation_failed} listing every problem (a
   * missing strategy, an agent of another business or unknown, an agent twice in a list), with
   * fields named under {@code routing.} as the calling-settings body nests them.
   */
  void check(long businessId, @NotNull RoutingSettings settings);

  /** Checks, then replaces the settings; audited (A3). The round-robin cursor is kept. */
  RoutingSettings update(
      @NotNull Actor actor, @NotNull String numberId, @NotNull RoutingSettings settings);
}
