package dev.callgate.kernel.input;

import java.util.Optional;

/**
 * What a text from a caller may contain. Refused everywhere: the C0 controls (NUL, BEL, ESC...),
 * DEL, the C1 controls (U+0080 to U+009F), a surrogate that is not half of a pair (no character at
 * all; a database writes it as {@code ?}), and the noncharacters U+FFFE and U+FFFF. Tab, line feed
 * and carriage return only in {@link MultiLine} fields.
 */
public final class PlainText {

  private PlainText() {}

  /** Why {@code text} is refused, or empty when it is acceptable (null is acceptable). */
  public static Optional<String> problem(String text, boolean multiLine) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("contains a lone UTF-16 surrogate " + code(c) + " at " + (i + 1));
      } else if (c == '\t' || c == '\n' || c == '\r') {
        if (!multiLine) {
          return Optional.of(
              "must be a single line: contains "
                  + (c == '\t' ? "a tab" : "a line break")
                  + " at "
                  + (i + 1));
        }
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return Optional.of("contains the control character " + code(c) + " at " + (i + 1));
      } else if (c == '\uFFFE' || c == '\uFFFF') {
        return Optional.of("contains the noncharacter " + code(c) + " at " + (i + 1));
      }
    }
    return Optional.empty();
  }

  private static String code(char c) {
    return String.format("U+%04X", (int) c);
  }
}
