package dev.callgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.media.SdpAnswer;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Rules C2 and C3: the agent's answer to a customer's call, checked before Meta sees it. */
class SdpAnswerTest {

  /** A browser's answer to Meta's offer: the shape of the chrome-like offer, role chosen. */
  static String answer() throws IOException {
    return SdpReaderTest.chrome().replace("a=setup:actpass", "a=setup:active");
  }

  @Test
  void C3_aBrowserAnswerThatChoseItsDtlsRoleIsValid() throws IOException {
    SdpAnswer answer = SdpAnswer.parse(answer());
    assertThat(answer.keying()).isEqualTo("DTLS");
    assertThat(answer.text()).startsWith("v=0\r\n").contains("a=setup:active");
  }

  @Test
  void C3_theReadmeExampleAnswerIsValid() throws IOException {
    String example =
        java.nio.file.Files.readString(java.nio.file.Path.of("../../docs/examples/sdp-answer.sdp"));
    assertThat(SdpAnswer.parse(example).keying()).isEqualTo("DTLS");
  }

  @Test
  void C2_anAnswerThatLeavesTheRoleOpenIsRefused() throws IOException {
    assertThatThrownBy(() -> SdpAnswer.parse(SdpReaderTest.chrome()))
        .isInstanceOfSatisfying(
            CallingException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SDP);
              assertThat(e.rule()).isEqualTo("C2");
              assertThat(e.getMessage()).startsWith("Invalid SDP answer").contains("setup");
            });
  }

  @Test
  void C2_anAnswerWithoutOpusOrKeyingIsRefusedAndSaysAnswer() throws IOException {
    assertThatThrownBy(
            () -> SdpAnswer.parse(answer().replaceAll("a=rtpmap:111 opus[^\r\n]*\r\n", "")))
        .hasMessageContaining("Invalid SDP answer")
        .hasMessageContaining("Opus");
    assertThatThrownBy(() -> SdpAnswer.parse(answer().replaceAll("a=fingerprint:[^\r\n]*\r\n", "")))
        .hasMessageContaining("keying");
    assertThatThrownBy(() -> SdpAnswer.parse(" ")).hasMessageContaining("the answer is empty");
  }
}
