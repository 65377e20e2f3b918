package dev.callgate.api.rest;

import dev.callgate.api.errors.ErrorBody;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses oversized bodies up front, before anything reads them. */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "callgate.api.max-body-bytes", defaultValue = "262144")
  int maxBodyBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBodyBytes) {
      request.abortWith(
          ErrorBody.response(
              CallingException.of(
                  ErrorCode.PAYLOAD_TOO_LARGE,
                  "The body has " + request.getLength() + " bytes; the limit is " + maxBodyBytes)));
    }
  }
}
