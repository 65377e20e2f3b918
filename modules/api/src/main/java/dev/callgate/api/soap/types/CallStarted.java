package dev.callgate.api.soap.types;

import dev.callgate.calls.CallView;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A business-initiated call handed to the Cloud API ({@code status} is {@code INITIATED}); the SDP
 * answer arrives later through {@code getCall}.
 */
@XmlType(
    name = "CallStarted",
    propOrder = {"id", "waCallId", "status"})
public class CallStarted {

  public long id;
  public String waCallId;
  public CallStatus status;

  public static CallStarted of(CallView view) {
    CallStarted c = new CallStarted();
    c.id = view.id();
    c.waCallId = view.waCallId();
    c.status = CallStatus.valueOf(view.status().name());
    return c;
  }
}
