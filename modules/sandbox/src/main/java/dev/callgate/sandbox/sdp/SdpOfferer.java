package dev.callgate.sandbox.sdp;

/** Makes the offer a WhatsApp user's call brings: Opus on payload type 111, DTLS role open. */
public final class SdpOfferer {

  private static final String OPUS_PT = "111";

  private SdpOfferer() {}

  public static String offer() {
    StringBuilder sdp = SdpMaker.session("0");
    SdpMaker.audio(sdp, OPUS_PT, "0", "actpass");
    return sdp.toString();
  }
}
