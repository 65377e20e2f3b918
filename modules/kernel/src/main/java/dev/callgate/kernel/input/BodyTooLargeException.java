package dev.callgate.kernel.input;

import java.io.IOException;

/**
 * A request body went past its limit while being read. An {@link IOException}, so that it travels
 * unchanged through the parsers and frameworks reading the stream, to be answered with 413.
 */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The body is larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  /** The exception somewhere in the causes of {@code thrown}, if it is there. */
  public static java.util.Optional<BodyTooLargeException> in(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return java.util.Optional.of(tooLarge);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return java.util.Optional.empty();
  }
}
