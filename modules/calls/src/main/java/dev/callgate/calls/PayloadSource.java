package dev.callgate.calls;

/** Where the payload of a customer's call came from (Meta's {@code connect} webhook). */
public enum PayloadSource {
  /** A {@code wa.me/call/<number>?biz_payload=…} link: Meta's {@code deeplink_payload}. */
  DEEP_LINK,
  /** A {@code voice_call} button of a message: Meta's {@code cta_payload}. */
  CALL_BUTTON
}
