package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.meta.MetaError;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.security.SecureRandom;

/**
 * Meta's error envelope: {@code {"error":{"message","type","code","error_data","fbtrace_id"}}},
 * with {@code error_subcode} beside the code when Meta gives one.
 */
@Provider
public class MetaErrorMapper implements ExceptionMapper<MetaError> {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TRACE_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

  @Override
  public Response toResponse(MetaError error) {
    return envelope(error);
  }

  static Response envelope(MetaError error) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("message", error.getMessage())
            .add("type", error.type())
            .add("code", error.code());
    if (error.extraData().get("error_subcode") instanceof Integer subcode) {
      body.add("error_subcode", subcode);
    }
    if (error.details() != null) {
      JsonObjectBuilder data =
          Json.createObjectBuilder()
              .add("messaging_product", "whatsapp")
              .add("details", error.details());
      error
          .extraData()
          .forEach(
              (key, value) -> {
                if (!"error_subcode".equals(key)) {
                  data.add(key, Json.createValue(((Number) value).longValue()));
                }
              });
      body.add("error_data", data);
    }
    body.add("fbtrace_id", traceId());
    Response.ResponseBuilder response =
        Response.status(error.httpStatus())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Json.createObjectBuilder().add("error", body).build().toString());
    if (error.code() == 190) {
      response.header(
          "WWW-Authenticate",
          "OAuth \"Facebook Platform\" \"invalid_token\" \"" + error.getMessage() + "\"");
    }
    return response.build();
  }

  private static String traceId() {
    StringBuilder id = new StringBuilder(11);
    for (int i = 0; i < 11; i++) {
      id.append(TRACE_CHARS.charAt(RANDOM.nextInt(TRACE_CHARS.length())));
    }
    return id.toString();
  }
}
