package dev.callgate.calls.internal;

import dev.callgate.calls.CallbackStatus;
import dev.callgate.calls.CallbackTaskView;
import dev.callgate.routing.MissReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer to call back (R7): open until a call with them connects. */
@Entity
@Table(name = "calls_callback_task")
@NamedQuery(
    name = CallbackTask.OPEN_FOR_CUSTOMER,
    query =
        "select t from CallbackTask t where t.businessId = :business and t.waId = :waId"
            + " and t.status = dev.callgate.calls.CallbackStatus.OPEN order by t.id")
public class CallbackTask {

  static final String OPEN_FOR_CUSTOMER = "CallbackTask.openForCustomer";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "number_id")
  private String numberId;

  @Column(name = "wa_id")
  private String waId;

  @Column(name = "agent_id")
  private Long agentId;

  @Enumerated(EnumType.STRING)
  private CallbackStatus status;

  @Column(name = "missed_call_id")
  private long missedCallId;

  @Column(name = "missed_calls")
  private int missedCalls;

  @Enumerated(EnumType.STRING)
  private MissReason reason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by_call_id")
  private Long closedByCallId;

  protected CallbackTask() {}

  CallbackTask(Call missed, Long agentId, Instant at) {
    this.businessId = missed.businessId();
    this.numberId = missed.numberId();
    this.waId = missed.waId();
    this.agentId = agentId;
    this.status = CallbackStatus.OPEN;
    this.missedCallId = missed.id();
    this.missedCalls = 1;
    this.reason = missed.missReason();
    this.createdAt = at;
  }

  /** The customer tried again and was missed again: one task, counting the calls. */
  void missedAgain(Call missed) {
    if (missed.id() != missedCallId) {
      missedCallId = missed.id();
      missedCalls++;
      reason = missed.missReason();
    }
  }

  /** A call with the customer connected. Returns false when {@code call} is the missed one. */
  boolean closedBy(long callId, Instant at) {
    if (callId == missedCallId || status != CallbackStatus.OPEN) {
      return false;
    }
    status = CallbackStatus.DONE;
    closedAt = at;
    closedByCallId = callId;
    return true;
  }

  long businessId() {
    return businessId;
  }

  CallbackTaskView view() {
    return new CallbackTaskView(
        id,
        numberId,
        waId,
        agentId,
        status,
        missedCallId,
        missedCalls,
        reason,
        createdAt,
        closedAt,
        closedByCallId);
  }
}
