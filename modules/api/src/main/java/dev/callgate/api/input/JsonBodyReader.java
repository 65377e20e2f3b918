package dev.callgate.api.input;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.input.BodyTooLargeException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Every JSON body of the REST API passes here: read (within the byte limit the request filter set
 * on the stream), parsed strictly ({@link JsonSyntax}), checked against its target type ({@link
 * JsonShape}) and only then bound by JSON-B. JSON-B alone would read {@code 4.9} into a long as 4,
 * {@code 18446744073709551620} as 4 and {@code [null]} into a list that fails later with a
 * NullPointerException; here each is a {@code validation_failed} naming the field.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type != String.class
        && type != byte[].class
        && !InputStream.class.isAssignableFrom(type)
        && !java.io.Reader.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] body;
    try {
      body = entity.readAllBytes();
    } catch (BodyTooLargeException e) {
      throw CallingException.of(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage());
    }
    if (body.length == 0) {
      return null; // no body: a @NotNull parameter says "body is required"
    }
    JsonValue tree = JsonSyntax.read(body);
    JsonShape.Checked checked = JsonShape.check(tree, genericType == null ? type : genericType);
    if (!checked.problems().isEmpty()) {
      throw CallingException.validation(checked.problems());
    }
    if (JsonValue.class.isAssignableFrom(type)) {
      if (!type.isInstance(checked.tree())) {
        throw JsonSyntax.refused("must be a JSON " + type.getSimpleName().replace("Json", ""));
      }
      return checked.tree();
    }
    try {
      return JSONB.fromJson(checked.tree().toString(), genericType == null ? type : genericType);
    } catch (JsonbException e) {
      throw JsonSyntax.refused("does not match the expected fields and types");
    }
  }
}
