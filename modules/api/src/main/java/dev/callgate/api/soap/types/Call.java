package dev.callgate.api.soap.types;

import dev.callgate.calls.CallView;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;

/** One call as {@code GET /calls/{id}} shows it; {@code cost} is a decimal string. */
@XmlType(
    name = "Call",
    propOrder = {
      "id",
      "waCallId",
      "numberId",
      "waId",
      "direction",
      "status",
      "missedBy",
      "missReason",
      "agentId",
      "startedAt",
      "answeredAt",
      "endedAt",
      "durationSeconds",
      "pulses",
      "cost",
      "currency",
      "market",
      "disposition",
      "notes",
      "sdpAnswer",
      "recording",
      "transcript",
      "summary"
    })
public class Call {

  public long id;
  public String waCallId;
  public String numberId;
  public String waId;
  public CallDirection direction;
  public CallStatus status;
  public MissedBy missedBy;

  /** Why a customer's call was missed: outside_call_hours, all_busy, nobody_accepted … */
  public String missReason;

  public Long agentId;

  @XmlSchemaType(name = "dateTime")
  public Instant startedAt;

  @XmlSchemaType(name = "dateTime")
  public Instant answeredAt;

  @XmlSchemaType(name = "dateTime")
  public Instant endedAt;

  public Integer durationSeconds;
  public Integer pulses;
  public String cost;
  public String currency;
  public String market;
  public String disposition;
  public String notes;
  public String sdpAnswer;

  /** Where the recording can be fetched ({@code GET /calls/{id}/recording}), when there is one. */
  public String recording;

  public String transcript;
  public String summary;

  public static Call of(CallView view) {
    Call c = new Call();
    c.id = view.id();
    c.waCallId = view.waCallId();
    c.numberId = view.numberId();
    c.waId = view.waId();
    c.direction = CallDirection.valueOf(view.direction().name());
    c.status = CallStatus.valueOf(view.status().name());
    c.missedBy = view.missedBy() == null ? null : MissedBy.valueOf(view.missedBy().name());
    c.missReason = view.missReason() == null ? null : view.missReason().wire();
    c.agentId = view.agentId();
    c.startedAt = view.startedAt();
    c.answeredAt = view.answeredAt();
    c.endedAt = view.endedAt();
    c.durationSeconds = view.durationSeconds();
    c.pulses = view.pulses();
    c.cost = view.cost();
    c.currency = view.currency();
    c.market = view.market();
    c.sdpAnswer = view.sdpAnswer();
    return c;
  }
}
