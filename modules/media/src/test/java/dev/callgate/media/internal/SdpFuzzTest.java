package dev.callgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.media.SdpOffer;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rule C2 under attack: thousands of mangled offers (lines dropped, duplicated and swapped,
 * characters flipped, cut short, random bytes spliced in) either parse or fail with 138014. Nothing
 * else may escape the reader. The seed is fixed so a failure can be replayed.
 */
class SdpFuzzTest {

  private static final int ROUNDS = 20_000;

  @Test
  void C2_malformedOffersOnlyEverFailWithInvalidSdp() throws IOException {
    String base = SdpReaderTest.chrome();
    Random random = new Random(8866);
    int valid = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String mangled = mangle(base, random);
      try {
        SdpOffer offer = SdpOffer.parse(mangled);
        assertThat(offer.text()).startsWith("v=0\r\n");
        valid++;
      } catch (CallingException e) {
        assertThat(e.code()).as("round %d", round).isEqualTo(ErrorCode.INVALID_SDP);
      } catch (RuntimeException e) {
        fail("round " + round + " threw " + e + " for:\n" + mangled);
      }
    }
    // the mutations must also leave some offers intact, or the test only proves refusals
    assertThat(valid).isBetween(1, ROUNDS - 1);
  }

  private static String mangle(String sdp, Random random) {
    StringBuilder text = new StringBuilder(sdp);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && text.length() > 0; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(7)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.setCharAt(at, (char) random.nextInt(0x3000));
        case 2 -> text.insert(at, randomText(random));
        case 3 -> text.setLength(at);
        case 4 -> dropLine(text, random);
        case 5 -> text.insert(at, "\r\n");
        default -> text.replace(0, text.length(), text.toString().replace("\r\n", "\n"));
      }
    }
    return text.toString();
  }

  private static void dropLine(StringBuilder text, Random random) {
    String[] lines = text.toString().split("\r\n");
    int drop = random.nextInt(lines.length);
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i != drop) {
        kept.append(lines[i]).append("\r\n");
      }
    }
    text.replace(0, text.length(), kept.toString());
  }

  private static String randomText(Random random) {
    char[] chars = new char[1 + random.nextInt(12)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) random.nextInt(128);
    }
    return new String(chars);
  }
}
