package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.meta.MetaError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A path or method the Graph stand-in does not serve gets Meta's "unsupported request" error. */
@Provider
public class UnmatchedRequestMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    return MetaErrorMapper.envelope(
        new MetaError(
            100,
            400,
            "GraphMethodException",
            "Unsupported request - method type or path not supported",
            "The sandbox does not simulate this Graph request ("
                + e.getResponse().getStatus()
                + ")",
            Map.of()));
  }
}
