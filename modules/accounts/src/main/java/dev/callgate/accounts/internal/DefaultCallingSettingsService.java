package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.CallingSettingsService;
import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.accounts.NumberView;
import dev.callgate.accounts.SettingsPush;
import dev.callgate.cloudapi.CloudApi;
import dev.callgate.cloudapi.NumberSettings;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * Calling settings changes (S1): stored and audited under the number's lock, then pushed to the
 * Cloud API with no lock and no transaction held, the outcome recorded in a transaction of its own.
 * A push that ends after a newer change was stored pushes the newer settings again, so that Meta
 * ends up with the last committed ones whatever order the pushes arrive in.
 */
@Stateless
public class DefaultCallingSettingsService implements CallingSettingsService {

  private static final Logger LOG = Logger.getLogger(DefaultCallingSettingsService.class.getName());

  /**
   * Pushes one change may make: its own and re-pushes of newer changes that raced it. Each newer
   * change pushes itself too, so giving up here never leaves the last one unpushed.
   */
  private static final int MAX_PUSHES = 3;

  @Inject private CloudApi cloudApi;

  @EJB private CloudApiAccounts accounts;

  @EJB private SettingsStore store;

  @EJB private BusinessService businesses;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public NumberView update(Actor actor, String numberId, CallingSettings requested) {
    SettingsStore.Stored stored = store.store(actor, numberId, withLists(requested));
    for (int push = 0; stored != null && push < MAX_PUSHES; push++) {
      String failure = null;
      try {
        cloudApi.updateSettings(
            accounts.forNumber(actor.businessId(), numberId),
            numberId,
            upstream(stored.settings()));
      } catch (RuntimeException e) {
        failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        long version = stored.version();
        LOG.warning(() -> "Settings version " + version + " of " + numberId + " not pushed: " + e);
      }
      stored = store.pushEnded(numberId, stored.version(), failure).orElse(null);
    }
    return businesses.number(actor.businessId(), numberId).orElseThrow();
  }

  @Override
  public SettingsPush push(long businessId, String numberId) {
    return store
        .push(businessId, numberId)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId));
  }

  private static CallingSettings withLists(CallingSettings s) {
    return new CallingSettings(
        s.voiceCalls(),
        s.callButtons(),
        s.callbackRequests(),
        s.callHoursStatus(),
        s.timezoneId(),
        copy(s.weeklyOperatingHours()),
        copy(s.holidaySchedule()),
        null);
  }

  /** Keeps a null entry, for the rules to name it, where List.copyOf would throw. */
  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  private static NumberSettings upstream(CallingSettings s) {
    NumberSettings.CallHours hours =
        new NumberSettings.CallHours(
            s.callHoursStatus(),
            s.timezoneId(),
            s.weeklyOperatingHours().stream()
                .map(
                    r -> new NumberSettings.WeeklyHours(r.dayOfWeek(), r.openTime(), r.closeTime()))
                .toList(),
            s.holidaySchedule().stream()
                .map(h -> new NumberSettings.Holiday(h.date(), h.startTime(), h.endTime()))
                .toList());
    return new NumberSettings(
        s.voiceCalls(), s.callButtons(), null, hours, s.callbackRequests(), null, null, null, null);
  }
}
