package dev.callgate.kernel.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes actually read, whatever the {@code Content-Length} said or whether there was one
 * (a chunked body has none), and fails with {@link BodyTooLargeException} at the first byte past
 * the limit. It never reads more than one byte beyond the limit.
 */
public final class BoundedInputStream extends FilterInputStream {

  private final long limit;
  private long count;

  public BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** The whole body, or {@link BodyTooLargeException} when it is longer than {@code limit}. */
  public static byte[] readAll(InputStream in, long limit) throws IOException {
    return new BoundedInputStream(in, limit).readAllBytes();
  }

  @Override
  public int read() throws IOException {
    if (count > limit) {
      throw new BodyTooLargeException(limit);
    }
    int b = in.read();
    if (b >= 0 && ++count > limit) {
      throw new BodyTooLargeException(limit);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (count > limit) {
      throw new BodyTooLargeException(limit);
    }
    if (length == 0) {
      return 0;
    }
    // one byte past the limit at most: enough to know the body is too large
    int n = in.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException(limit);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] discarded = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    return Math.max(read(discarded, 0, discarded.length), 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
