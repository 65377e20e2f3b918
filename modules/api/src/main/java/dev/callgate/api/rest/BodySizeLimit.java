package dev.callgate.api.rest;

import dev.callgate.api.errors.ErrorBody;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.input.BoundedInputStream;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds every REST body to {@code callgate.api.max-body-bytes}. A declared length over the limit is
 * refused before anything is read; every body, declared or chunked, is then counted as it is read,
 * and reading past the limit is answered 413 too (see {@code JsonBodyReader}).
 */
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
      return;
    }
    request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBodyBytes));
  }
}
