package dev.callgate.media;

import dev.callgate.media.internal.SdpReader;
import java.util.Objects;

/**
 * An SDP offer that the Cloud API can take (rule C2): an RFC 8866 session with one audio stream
 * carrying Opus, ICE credentials, and DTLS or SDES keying. Only valid offers can exist; anything
 * else is refused with 138014 "Invalid SDP" and the reason, before any Cloud API request.
 *
 * @param text the offer exactly as received, CRLF line endings restored
 * @param keying {@code DTLS} (a fingerprint) or {@code SDES} (a crypto line)
 */
public record SdpOffer(String text, String keying) {

  public SdpOffer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(keying, "keying");
  }

  /**
   * Checks an offer as a browser or an integrator sent it.
   *
   * @throws dev.callgate.kernel.CallingException 138014 (rule C2) naming the first violation
   */
  public static SdpOffer parse(String raw) {
    return SdpReader.offer(raw);
  }
}
