package dev.callgate.console.softphone;

import dev.callgate.kernel.input.BoundedInputStream;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the softphone's request bodies to {@code callgate.console.softphone.max-body-bytes},
 * counted as they are read, chunked or not: a browser's SDP offer is a few kilobytes, and nothing
 * else the channel takes is larger. {@link UnreadableRequestMapper} answers 413.
 */
@Provider
public class SoftphoneBodyLimit implements ContainerRequestFilter {

  // The default repeats the properties file: a WAR's own file is not a config source when Weld
  // validates the EAR's injection points (the deployment fails without it).
  @Inject
  @ConfigProperty(name = "callgate.console.softphone.max-body-bytes", defaultValue = "65536")
  long maxBodyBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBodyBytes));
  }
}
