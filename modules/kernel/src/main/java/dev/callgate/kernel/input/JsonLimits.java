package dev.callgate.kernel.input;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One streaming pass over a JSON text, before any tree is built, for what a tree reader would choke
 * on or quietly decide: nesting deeper than a limit (a recursive reader's stack, a parser's own
 * unchecked error), a key repeated in one object (the last one would silently win), and plain
 * syntax errors, reported by line and column only, never with the parser's own words.
 */
public final class JsonLimits {

  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonLimits() {}

  /** Why {@code text} is refused, or empty when a reader may build its tree. */
  public static Optional<String> problem(String text, int maxDepth, boolean uniqueKeys) {
    Deque<Set<String>> objects = new ArrayDeque<>();
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (objects.size() == maxDepth) {
              return Optional.of("is nested deeper than " + maxDepth + " levels");
            }
            objects.push(event == JsonParser.Event.START_OBJECT ? new HashSet<>() : Set.of());
          }
          case END_OBJECT, END_ARRAY -> objects.pop();
          case KEY_NAME -> {
            if (uniqueKeys && !objects.peek().add(parser.getString())) {
              return Optional.of("repeats the key \"" + parser.getString() + "\" in one object");
            }
          }
          default -> {
            // values are for the reader to judge
          }
        }
      }
    } catch (JsonParsingException e) {
      return Optional.of(malformed(e.getLocation()));
    } catch (JsonException | IllegalStateException e) {
      return Optional.of("is not valid JSON");
    }
    return Optional.empty();
  }

  private static String malformed(JsonLocation at) {
    return at == null
        ? "is not valid JSON"
        : "is not valid JSON (line "
            + at.getLineNumber()
            + ", column "
            + at.getColumnNumber()
            + ")";
  }
}
