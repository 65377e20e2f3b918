package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.SettingsPush;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a calling settings change that commit on their own, each under the number's lock:
 * storing the change, and recording how its push to the Cloud API went. The push runs between them
 * with no lock held, so a slow or retried Meta holds up nobody else's change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SettingsStore {

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Inject private AuditLog audit;

  @Inject private Clock clock;

  /** Settings at one version, as they are to be pushed. */
  public record Stored(long version, CallingSettings settings) {}

  /** Validates the change as a whole, stores and audits it, and gives it the next version. */
  public Stored store(Actor actor, String numberId, CallingSettings next) {
    PhoneNumber number = locked(numberId);
    if (number == null || number.businessId() != actor.businessId()) {
      throw CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId);
    }
    List<FieldProblem> problems = CallingSettingsRules.check(next, number.view().settings());
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    number.configure(next);
    long version = number.push().changed(clock.instant());
    audit.record(
        actor,
        "number.calling-settings",
        "number:" + numberId,
        "version " + version + ": " + summary(next));
    return new Stored(version, number.view().settings());
  }

  /**
   * Records how the push of {@code version} went. When another change was stored meanwhile, Meta
   * may hold either: the stored settings come back, to be pushed again.
   */
  public Optional<Stored> pushEnded(String numberId, long version, String failure) {
    PhoneNumber number = locked(numberId);
    if (!number.push().pushEnded(version, failure, clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(new Stored(number.push().version(), number.view().settings()));
  }

  /** Where the push of the number's stored settings stands; empty for another business's. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<SettingsPush> push(long businessId, String numberId) {
    return Optional.ofNullable(em.find(PhoneNumber.class, numberId))
        .filter(n -> n.businessId() == businessId)
        .map(n -> n.push().view());
  }

  private PhoneNumber locked(String numberId) {
    return em.find(PhoneNumber.class, numberId, LockModeType.PESSIMISTIC_WRITE);
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
