package dev.callgate.sandbox.users;

import java.time.Instant;

/**
 * What a user's phone page shows.
 *
 * @param open whether a page of this user beat recently enough to be handed calls
 * @param call the last business call handed to the page, or null
 */
public record PhoneView(String waId, boolean open, PhoneCall call) {

  /**
   * A business call as the phone sees it.
   *
   * @param from the business's display number, digits only
   * @param state {@code offer} (the page must answer), {@code answered} (the answer is on its way
   *     to the business), {@code ringing}, {@code connected}, {@code ended}
   * @param offer the business's SDP offer, only while the state is {@code offer}
   * @param durationSeconds how long it was connected, once it has ended after connecting
   */
  public record PhoneCall(
      String callId,
      String numberId,
      String from,
      String state,
      String offer,
      Instant connectedAt,
      Integer durationSeconds) {}
}
