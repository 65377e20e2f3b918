package dev.callgate.console.softphone;

import dev.callgate.console.faces.Labels;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A module's refusal as the softphone shows it: the module's message, its rule, how to resolve it
 * and, for a limit that lifts at a known instant, that instant in the console's one format.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<CallingException> {

  @Override
  public Response toResponse(CallingException refusal) {
    JsonObjectBuilder error =
        Json.createObjectBuilder()
            .add("code", String.valueOf(refusal.code().code()))
            .add("message", refusal.message());
    add(error, "rule", refusal.rule());
    add(error, "resolution", refusal.resolution());
    add(error, "until", refusal.retryAfter() == null ? null : Labels.format(refusal.retryAfter()));
    Response.ResponseBuilder answer =
        Response.status(refusal.code().httpStatus())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Json.createObjectBuilder().add("error", error).build().toString());
    if (refusal.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
      // the rest of the body stays unread: never reuse the connection for another request
      answer.header("Connection", "close");
    }
    return answer.build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
