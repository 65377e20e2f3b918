package dev.callgate.api.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit, and never more than one byte past it. */
final class BoundedBody {

  private BoundedBody() {}

  /** The body, or null when it is longer than {@code limit} bytes. */
  static byte[] read(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 16 * 1024) + 1);
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1L - total))) > 0) {
      out.write(buffer, 0, n);
      total += n;
      if (total > limit) {
        return null;
      }
    }
    return out.toByteArray();
  }
}
