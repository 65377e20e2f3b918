package dev.callgate.api.input;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.JsonLimits;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns body bytes into a JSON tree, refusing what a lenient reader would quietly accept or choke
 * on: bytes that are not UTF-8 (a decoder would put U+FFFD in their place), nesting deeper than
 * {@link #MAX_DEPTH} (a recursive reader's stack overflow), and a key repeated in one object (which
 * value would count?).
 */
final class JsonSyntax {

  /** Far deeper than any body of the contract, far shallower than a thread's stack. */
  static final int MAX_DEPTH = 64;

  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonSyntax() {}

  /** The tree of a non-empty body. */
  static JsonValue read(byte[] body) {
    String text = utf8(body);
    JsonLimits.problem(text, MAX_DEPTH, true)
        .ifPresent(
            problem -> {
              throw refused(problem);
            });
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw refused("is not valid JSON");
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused("is not valid UTF-8");
    }
  }

  static CallingException refused(String problem) {
    return CallingException.validation(List.of(new FieldProblem("body", problem)));
  }
}
