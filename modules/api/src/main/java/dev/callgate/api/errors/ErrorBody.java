package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Renders a {@link CallingException} in the contract's error shape. */
public final class ErrorBody {

  /**
   * One provider for the class: {@code Json.create…} looks the provider up through the service
   * loader on every call, which showed up as lock contention under load.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private ErrorBody() {}

  public static JsonObject of(CallingException e) {
    ErrorCode code = e.code();
    JsonObjectBuilder error = JSON.createObjectBuilder();
    if (code.numeric()) {
      error.add("code", (Integer) code.code());
    } else {
      error.add("code", (String) code.code());
    }
    error.add("title", code.title());
    error.add("message", e.getMessage() == null ? code.title() : e.getMessage());
    error.add("resolution", e.resolution());
    addOrNull(error, "retryAfter", e.retryAfter() == null ? null : e.retryAfter().toString());
    addOrNull(error, "rule", e.rule());
    if (e.upstreamCode() == null) {
      error.addNull("upstreamCode");
    } else {
      error.add("upstreamCode", e.upstreamCode());
    }
    if (!e.fields().isEmpty()) {
      JsonArrayBuilder fields = JSON.createArrayBuilder();
      for (FieldProblem p : e.fields()) {
        fields.add(JSON.createObjectBuilder().add("field", p.field()).add("problem", p.problem()));
      }
      error.add("fields", fields);
    }
    return JSON.createObjectBuilder().add("error", error).build();
  }

  /** The error as a JAX-RS response; 413 closes the connection (see below). */
  public static Response response(CallingException e) {
    Response.ResponseBuilder answer =
        Response.status(e.code().httpStatus())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(of(e).toString());
    if (e.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
      answer.header("Connection", "close");
    }
    return answer.build();
  }

  /**
   * A body refused unread must not leave its rest on a kept-alive connection, where a client that
   * stops sending would have its next request read as the rest of this body (HTTP/1.1 only; HTTP/2
   * ignores the header).
   */
  public static void closeAfterTooLarge(HttpServletResponse response, CallingException e) {
    if (e.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
      response.setHeader("Connection", "close");
    }
  }

  private static void addOrNull(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }
}
