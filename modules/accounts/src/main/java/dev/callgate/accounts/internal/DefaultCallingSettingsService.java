package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.CallingSettingsService;
import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.accounts.NumberView;
import dev.callgate.cloudapi.CloudApi;
import dev.callgate.cloudapi.NumberSettings;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@Stateless
public class DefaultCallingSettingsService implements CallingSettingsService {

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Inject private AuditLog audit;

  @Inject private CloudApi cloudApi;

  @EJB private CloudApiAccounts accounts;

  @Override
  public NumberView update(Actor actor, String numberId, CallingSettings requested) {
    PhoneNumber number = em.find(PhoneNumber.class, numberId, LockModeType.PESSIMISTIC_WRITE);
    if (number == null || number.businessId() != actor.businessId()) {
      throw CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId);
    }
    CallingSettings next = withLists(requested);
    List<FieldProblem> problems = CallingSettingsRules.check(next, number.view().settings());
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    number.configure(next);
    audit.record(actor, "number.calling-settings", "number:" + numberId, summary(next));
    // Last, so that a refusal from Meta rolls the stored change back with it.
    cloudApi.updateSettings(
        accounts.forNumber(actor.businessId(), numberId), numberId, upstream(next));
    return number.view();
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

  private static String summary(CallingSettings s) {
    return "voiceCalls="
        + s.voiceCalls()
        + " callButtons="
        + s.callButtons()
        + " callbackRequests="
        + s.callbackRequests()
        + " callHours="
        + s.callHoursStatus()
        + " "
        + s.timezoneId()
        + " ranges="
        + s.weeklyOperatingHours().size()
        + " holidays="
        + s.holidaySchedule().size();
  }
}
