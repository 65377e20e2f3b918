package dev.callgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.media.SdpOffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Rule C2: what an SDP offer must hold before any Cloud API request. */
class SdpReaderTest {

  static String chrome() throws IOException {
    Path dir = Path.of(System.getProperty("fixtures.dir", "../../../shared/fixtures"));
    return Files.readString(dir.resolve("sdp-offer-chrome-like.sdp"));
  }

  @Test
  void C2_aBrowserOfferIsValidAndKeyedByDtls() throws IOException {
    SdpOffer offer = SdpOffer.parse(chrome());
    assertThat(offer.keying()).isEqualTo("DTLS");
    assertThat(offer.text()).startsWith("v=0\r\n").endsWith("a=ptime:20\r\n");
  }

  @Test
  void C2_theReadmeExampleOfferIsValid() throws IOException {
    String example = Files.readString(Path.of("../../docs/examples/sdp-offer.sdp"));
    assertThat(SdpOffer.parse(example).keying()).isEqualTo("DTLS");
  }

  @Test
  void C2_lfLineEndingsAreAcceptedAndSentAsCrlf() throws IOException {
    SdpOffer offer = SdpOffer.parse(chrome().replace("\r\n", "\n"));
    assertThat(offer.text()).contains("\r\nm=audio ").doesNotContain("\n\n");
  }

  @Test
  void C2_sdesKeyingReplacesTheFingerprint() throws IOException {
    String sdes =
        chrome()
            .replaceAll(
                "a=fingerprint:[^\r\n]*",
                "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:"
                    + "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz")
            .replace("UDP/TLS/RTP/SAVPF", "RTP/SAVP");
    assertThat(SdpOffer.parse(sdes).keying()).isEqualTo("SDES");
  }

  @Test
  void C2_theVersionLineMustComeFirst() throws IOException {
    refused(chrome().replace("v=0\r\n", ""), "v=0");
  }

  @Test
  void C2_originSessionAndTimingLinesAreRequired() throws IOException {
    refused(chrome().replaceAll("o=[^\r\n]*\r\n", ""), "origin");
    refused(chrome().replaceAll("s=-\r\n", ""), "session name");
    refused(chrome().replaceAll("t=0 0\r\n", ""), "timing");
    refused(chrome().replace("o=- 7669997803033704573 2 IN IP4", "o=- x 2 IN IP4"), "origin");
  }

  @Test
  void C2_exactlyOneAudioLineWithOpus() throws IOException {
    refused(chrome().replaceAll("a=rtpmap:111 opus/48000/2\r\n", ""), "Opus");
    refused(
        chrome()
            .replace(
                "m=audio 3480 UDP/TLS/RTP/SAVPF 111 126", "m=audio 3480 UDP/TLS/RTP/SAVPF 126"),
        "Opus");
    refused(chrome() + "m=video 9 UDP/TLS/RTP/SAVPF 96\r\n", "audio m-line");
    refused(chrome().replaceAll("m=audio[^\r\n]*\r\n", ""), "exactly one audio m-line");
  }

  @Test
  void C2_iceCredentialsAndKeyingAreRequired() throws IOException {
    refused(chrome().replaceAll("a=ice-ufrag:[^\r\n]*\r\n", ""), "ICE");
    refused(chrome().replaceAll("a=ice-pwd:[^\r\n]*\r\n", ""), "ICE");
    refused(chrome().replace("a=ice-pwd:3bHlVQ0l1kcU2CM6ITn6xT5q", "a=ice-pwd:short"), "ice-pwd");
    refused(chrome().replaceAll("a=fingerprint:[^\r\n]*\r\n", ""), "keying");
    refused(chrome().replace("sha-256 0B:9E", "sha-256 zz:9E"), "fingerprint");
  }

  @Test
  void C2_garbageAndHugeBodiesAreRefusedWithTheSameError() throws IOException {
    refused("", "empty");
    refused("hello", "line 1");
    refused("s=hello", "v=0");
    refused("v=0\r\n<script>alert(1)</script>", "line 2");
    refused(chrome() + "a=x" + "y".repeat(SdpReader.MAX_LENGTH), "longer");
    refused(chrome().replace("s=-", "s=-\u0000"), "line");
  }

  private static void refused(String sdp, String reason) {
    assertThatThrownBy(() -> SdpOffer.parse(sdp))
        .isInstanceOfSatisfying(
            CallingException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SDP);
              assertThat(e.rule()).isEqualTo("C2");
            })
        .hasMessageContaining(reason);
  }
}
