package dev.callgate.calls.internal;

import dev.callgate.calls.CallHistory;
import dev.callgate.calls.CallRecordView;
import dev.callgate.cloudapi.webhook.CallConnect;
import dev.callgate.cloudapi.webhook.CallStatus;
import dev.callgate.cloudapi.webhook.CallTerminate;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records call webhooks per call. The call's row is created race-free ({@code on conflict do
 * nothing}) and then locked, so two events of one call processed at once apply one after the other.
 */
@Stateless
@LocalBean
@Local(CallHistory.class)
public class CallRecorder implements CallHistory {

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @Inject private Clock clock;

  public void connect(CallConnect c, long eventId) {
    CallRecord call =
        record(
            c.callId(),
            c.envelope().phoneNumberId(),
            eventId,
            "CONNECT",
            c.sdpType(),
            c.timestamp());
    call.report(CallProgress.CONNECTING, c.direction(), null, null, null, clock.instant());
    if ("answer".equalsIgnoreCase(c.sdpType()) && c.sdp() != null) {
      call.answer(c.sdp());
    }
  }

  public void status(CallStatus s, long eventId) {
    record(
            s.callId(),
            s.envelope().phoneNumberId(),
            eventId,
            s.status().name(),
            null,
            s.timestamp())
        .report(
            CallProgress.valueOf(s.status().name()),
            "BUSINESS_INITIATED",
            null,
            null,
            null,
            clock.instant());
  }

  public void terminate(CallTerminate t, long eventId) {
    String outcome = t.status().name();
    record(t.callId(), t.envelope().phoneNumberId(), eventId, "TERMINATE", outcome, t.timestamp())
        .report(
            CallProgress.valueOf(outcome),
            t.direction(),
            t.startTime(),
            t.endTime(),
            t.durationSeconds(),
            clock.instant());
  }

  /**
   * The call's webhook state, created empty if no webhook came yet, and locked: a webhook being
   * processed for the same call at this moment commits first.
   */
  public CallRecord lockOrCreate(String callId, String phoneNumberId) {
    em.createNativeQuery(
            "insert into calls_call_state (call_id, phone_number_id, state, updated_at)"
                + " values (?1, ?2, 'CONNECTING', ?3) on conflict do nothing")
        .setParameter(1, callId)
        .setParameter(2, phoneNumberId)
        .setParameter(3, clock.instant())
        .executeUpdate();
    return em.find(CallRecord.class, callId, LockModeType.PESSIMISTIC_WRITE);
  }

  private CallRecord record(
      String callId, String phoneNumberId, long eventId, String event, String detail, Instant at) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "insert into calls_call_state (call_id, phone_number_id, state, updated_at)"
                + " values (?1, ?2, 'CONNECTING', ?3) on conflict do nothing")
        .setParameter(1, callId)
        .setParameter(2, phoneNumberId)
        .setParameter(3, now)
        .executeUpdate();
    CallRecord call = em.find(CallRecord.class, callId, LockModeType.PESSIMISTIC_WRITE);
    String owner = call.view().phoneNumberId();
    if (phoneNumberId != null && owner != null && !owner.equals(phoneNumberId)) {
      // Meta's call ids are unique; an event naming another number's call was signed for a
      // tenant that does not own it. It fails (and ends among the dead letters), changing nothing.
      throw new IllegalStateException(
          "Call " + callId + " belongs to number " + owner + ", not to " + phoneNumberId);
    }
    em.persist(new CallEventRecord(callId, event, detail, at, eventId, now));
    return call;
  }

  @Override
  public Optional<CallRecordView> call(String waCallId) {
    return Optional.ofNullable(em.find(CallRecord.class, waCallId)).map(CallRecord::view);
  }

  @Override
  public List<String> events(String waCallId) {
    return em.createNamedQuery(CallEventRecord.OF_CALL, CallEventRecord.class)
        .setParameter("call", waCallId)
        .getResultStream()
        .map(CallEventRecord::describe)
        .toList();
  }
}
