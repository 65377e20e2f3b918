package dev.callgate.sandbox.users;

/**
 * How one simulated WhatsApp user behaves.
 *
 * @param answerAfterSeconds how long the phone rings before the user answers or rejects
 * @param talkSeconds how long an answered call lasts before the user hangs up
 */
public record UserProfile(
    String waId,
    String name,
    OnPermissionRequest onPermissionRequest,
    OnCall onCall,
    int answerAfterSeconds,
    int talkSeconds) {

  /** What the user does with a call permission request. */
  public enum OnPermissionRequest {
    GRANT_TEMPORARY,
    GRANT_PERMANENT,
    REJECT,
    IGNORE
  }

  /** What the user does when the business calls. */
  public enum OnCall {
    ANSWER,
    REJECT,
    NO_ANSWER
  }
}
