package dev.callgate.media;

import dev.callgate.media.internal.SdpReader;
import java.util.Objects;

/**
 * An SDP answer the Cloud API can take for a customer's call (rules C2, C3): an RFC 8866 session
 * with one audio stream carrying Opus, ICE credentials, DTLS or SDES keying, and, with DTLS, a role
 * chosen ({@code a=setup:active} or {@code passive}). Callgate sends it to Meta twice, in {@code
 * pre_accept} and in {@code accept}, unchanged.
 *
 * @param text the answer exactly as received, CRLF line endings restored
 * @param keying {@code DTLS} or {@code SDES}
 */
public record SdpAnswer(String text, String keying) {

  public SdpAnswer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(keying, "keying");
  }

  /**
   * Checks an answer as an agent's browser or an integrator sent it.
   *
   * @throws dev.callgate.kernel.CallingException 138014 (rule C2) naming the first violation
   */
  public static SdpAnswer parse(String raw) {
    return SdpReader.answer(raw);
  }
}
