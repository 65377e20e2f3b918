package dev.callgate.api.errors;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;

/** Finds a short, safe reason for an unreadable body without echoing internals. */
final class MalformedBodies {

  private MalformedBodies() {}

  static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException parsing) {
        return "malformed JSON at line "
            + parsing.getLocation().getLineNumber()
            + ", column "
            + parsing.getLocation().getColumnNumber();
      }
      if (t instanceof JsonbException) {
        return "the JSON does not match the expected fields and types";
      }
    }
    return "malformed request body";
  }
}
