package dev.callgate.sandbox.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The answers and offers the sandbox makes are valid RFC 8866 audio descriptions. */
class SdpTest {

  private static String chromeOffer() throws IOException {
    Path fixture = Path.of("../../../shared/fixtures/sdp-offer-chrome-like.sdp");
    if (!Files.exists(fixture)) {
      fixture = Path.of("/work/shared/fixtures/sdp-offer-chrome-like.sdp");
    }
    return Files.readString(fixture);
  }

  @Test
  void aBrowserLikeOfferIsValid() throws IOException {
    assertThat(SdpCheck.problem(chromeOffer())).isEmpty();
  }

  @Test
  void anOfferWithoutVersionOrAudioIsRefusedWithAReason() {
    assertThat(SdpCheck.problem("hello")).hasValueSatisfying(p -> assertThat(p).contains("v=0"));
    assertThat(SdpCheck.problem("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"))
        .hasValueSatisfying(p -> assertThat(p).contains("m=audio"));
    assertThat(SdpCheck.problem("")).isPresent();
  }

  @Test
  void theAnswerKeepsTheOffersOpusPayloadTypeAndMidAndIsPassive() throws IOException {
    String offer =
        chromeOffer()
            .replace("111", "109")
            .replace("a=mid:0", "a=mid:audio")
            .replace("BUNDLE 0", "BUNDLE audio");
    String answer = SdpAnswerer.answer(offer);

    assertThat(SdpCheck.problem(answer)).isEmpty();
    assertThat(answer).startsWith("v=0\r\no=- ").contains("\r\ns=-\r\nt=0 0\r\n");
    assertThat(answer).contains("m=audio 3480 UDP/TLS/RTP/SAVPF 109 126\r\n");
    assertThat(SdpCheck.opusPayloadType(answer)).contains("109");
    assertThat(SdpCheck.attribute(answer, "mid")).contains("audio");
    assertThat(SdpCheck.attribute(answer, "setup")).contains("passive");
    assertThat(answer).contains("a=rtcp-mux\r\n").contains("a=group:BUNDLE audio\r\n");
    assertThat(answer).containsPattern("a=candidate:1 1 udp \\d+ 127\\.0\\.0\\.1 \\d+ typ host");
    assertThat(SdpCheck.attribute(answer, "ice-ufrag"))
        .hasValueSatisfying(u -> assertThat(u).hasSizeGreaterThanOrEqualTo(4));
    assertThat(SdpCheck.attribute(answer, "ice-pwd"))
        .hasValueSatisfying(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(22));
    assertThat(SdpCheck.attribute(answer, "fingerprint"))
        .hasValueSatisfying(f -> assertThat(f).matches("sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}"));
    assertThat(answer.split("\r\n")).allSatisfy(line -> assertThat(line).matches("[a-z]=.+"));
  }

  @Test
  void twoAnswersHaveDifferentIceCredentials() throws IOException {
    String a = SdpAnswerer.answer(chromeOffer());
    String b = SdpAnswerer.answer(chromeOffer());
    assertThat(SdpCheck.attribute(a, "ice-pwd")).isNotEqualTo(SdpCheck.attribute(b, "ice-pwd"));
  }

  @Test
  void theUsersOfferIsAValidActpassOffer() {
    String offer = SdpOfferer.offer();
    assertThat(SdpCheck.problem(offer)).isEmpty();
    assertThat(SdpCheck.attribute(offer, "setup")).contains("actpass");
    assertThat(offer).endsWith("\r\n").doesNotContain("\n\n");
    assertThat(SdpCheck.problem(SdpAnswerer.answer(offer))).isEmpty();
  }
}
