package dev.callgate.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

  @Test
  void aBodyUpToTheLimitIsReadWhole() throws IOException {
    assertThat(BoundedInputStream.readAll(body(100), 100)).hasSize(100);
    assertThat(BoundedInputStream.readAll(body(0), 100)).isEmpty();
  }

  @Test
  void oneBytePastTheLimitFails() {
    assertThatThrownBy(() -> BoundedInputStream.readAll(body(101), 100))
        .isInstanceOf(BodyTooLargeException.class)
        .hasMessageContaining("100 bytes");
  }

  @Test
  void itNeverReadsMoreThanOneBytePastTheLimit() {
    CountingStream source = new CountingStream(10_000_000);
    assertThatThrownBy(() -> BoundedInputStream.readAll(source, 1000))
        .isInstanceOf(BodyTooLargeException.class);
    assertThat(source.served).isEqualTo(1001);
  }

  @Test
  void singleByteReadsCountToo() throws IOException {
    InputStream in = new BoundedInputStream(body(3), 2);
    in.read();
    in.read();
    assertThatThrownBy(in::read).isInstanceOf(BodyTooLargeException.class);
  }

  @Test
  void theCauseIsFoundBehindWrappers() {
    RuntimeException wrapped =
        new RuntimeException(new IllegalStateException(new BodyTooLargeException(5)));
    assertThat(BodyTooLargeException.in(wrapped)).hasValueSatisfying(e -> e.limit());
    assertThat(BodyTooLargeException.in(new RuntimeException())).isEmpty();
  }

  private static InputStream body(int size) {
    return new ByteArrayInputStream(new byte[size]);
  }

  /** An endless source that counts what it served, like a chunked body that never ends. */
  private static final class CountingStream extends InputStream {
    private final long size;
    private long served;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return served < size ? (int) (++served & 0) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = (int) Math.min(len, size - served);
      served += n;
      return n == 0 ? -1 : n;
    }
  }
}
