package dev.callgate.sandbox.sdp;

import java.security.SecureRandom;
import java.util.HexFormat;

/** What Meta's answers and offers share: fresh ICE credentials, a fingerprint, the Opus lines. */
final class SdpMaker {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ICE_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final int PORT = 3480;

  private SdpMaker() {}

  static StringBuilder session(String mid) {
    long id = RANDOM.nextLong() & Long.MAX_VALUE;
    return new StringBuilder()
        .append("v=0\r\n")
        .append("o=- ")
        .append(id)
        .append(" 2 IN IP4 127.0.0.1\r\n")
        .append("s=-\r\n")
        .append("t=0 0\r\n")
        .append("a=group:BUNDLE ")
        .append(mid)
        .append("\r\n")
        .append("a=msid-semantic: WMS\r\n");
  }

  /** The audio section; {@code setup} is passive in an answer and actpass in an offer. */
  static void audio(StringBuilder sdp, String opusPt, String mid, String setup) {
    sdp.append("m=audio ")
        .append(PORT)
        .append(" UDP/TLS/RTP/SAVPF ")
        .append(opusPt)
        .append(" 126\r\n")
        .append("c=IN IP4 127.0.0.1\r\n")
        .append("a=rtcp:9 IN IP4 0.0.0.0\r\n")
        .append("a=candidate:1 1 udp 2122260223 127.0.0.1 ")
        .append(PORT)
        .append(" typ host generation 0\r\n")
        .append("a=ice-lite\r\n")
        .append("a=ice-ufrag:")
        .append(iceString(4))
        .append("\r\n")
        .append("a=ice-pwd:")
        .append(iceString(24))
        .append("\r\n")
        .append("a=fingerprint:sha-256 ")
        .append(fingerprint())
        .append("\r\n")
        .append("a=setup:")
        .append(setup)
        .append("\r\n")
        .append("a=mid:")
        .append(mid)
        .append("\r\n")
        .append("a=sendrecv\r\n")
        .append("a=rtcp-mux\r\n")
        .append("a=rtpmap:")
        .append(opusPt)
        .append(" opus/48000/2\r\n")
        .append("a=fmtp:")
        .append(opusPt)
        .append(" minptime=10;useinbandfec=1\r\n")
        .append("a=rtpmap:126 telephone-event/8000\r\n")
        .append("a=ptime:20\r\n");
  }

  static String iceString(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(ICE_CHARS.charAt(RANDOM.nextInt(ICE_CHARS.length())));
    }
    return s.toString();
  }

  static String fingerprint() {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(raw);
  }
}
