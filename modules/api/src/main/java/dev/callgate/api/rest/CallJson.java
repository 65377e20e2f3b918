package dev.callgate.api.rest;

import dev.callgate.calls.CallDirection;
import dev.callgate.calls.CallStatus;
import dev.callgate.calls.CallView;
import dev.callgate.calls.MissedBy;
import dev.callgate.calls.Page;
import dev.callgate.calls.PayloadSource;
import java.time.Instant;
import java.util.List;

/**
 * A call as the contract shows it ({@code GET /calls/{id}}), with the reason of a miss in the
 * contract's lower case ({@code outside_call_hours}, {@code nobody_accepted} …).
 */
public record CallJson(
    Long id,
    String waCallId,
    String numberId,
    String waId,
    CallDirection direction,
    CallStatus status,
    MissedBy missedBy,
    String missReason,
    Long agentId,
    Instant startedAt,
    Instant answeredAt,
    Instant endedAt,
    Integer durationSeconds,
    Integer pulses,
    String cost,
    String currency,
    String market,
    String sdpOffer,
    String sdpAnswer,
    String failure,
    String callerName,
    String payload,
    PayloadSource payloadSource) {

  static CallJson of(CallView c) {
    return new CallJson(
        c.id(),
        c.waCallId(),
        c.numberId(),
        c.waId(),
        c.direction(),
        c.status(),
        c.missedBy(),
        c.missReason() == null ? null : c.missReason().wire(),
        c.agentId(),
        c.startedAt(),
        c.answeredAt(),
        c.endedAt(),
        c.durationSeconds(),
        c.pulses(),
        c.cost(),
        c.currency(),
        c.market(),
        c.sdpOffer(),
        c.sdpAnswer(),
        c.failure(),
        c.callerName(),
        c.payload(),
        c.payloadSource());
  }

  /** {@code {items, page, size, total}}. */
  public record PageJson(List<CallJson> items, int page, int size, long total) {
    static PageJson of(Page<CallView> page) {
      return new PageJson(
          page.items().stream().map(CallJson::of).toList(), page.page(), page.size(), page.total());
    }
  }
}
