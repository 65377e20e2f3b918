package dev.callgate.sandbox.sdp;

/**
 * Answers a business's audio offer as Meta's media side does: ICE-lite, passive DTLS, the offer's
 * Opus payload type and mid, one host candidate (here on 127.0.0.1, since nothing will connect).
 */
public final class SdpAnswerer {

  private SdpAnswerer() {}

  /** The answer to a valid offer; check the offer with {@link SdpCheck} first. */
  public static String answer(String offer) {
    String opus =
        SdpCheck.opusPayloadType(offer)
            .orElseThrow(() -> new IllegalArgumentException("offer without Opus"));
    String mid = SdpCheck.attribute(offer, "mid").orElse("0");
    StringBuilder sdp = SdpMaker.session(mid);
    SdpMaker.audio(sdp, opus, mid, "passive");
    return sdp.toString();
  }
}
