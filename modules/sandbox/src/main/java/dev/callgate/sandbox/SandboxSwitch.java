package dev.callgate.sandbox;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator answers only where {@code callgate.sandbox.enabled} is true (the demo and test
 * servers); anywhere else it pretends not to exist, so a stray deployment cannot stand in for Meta.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class SandboxSwitch implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "callgate.sandbox.enabled")
  boolean enabled;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!enabled) {
      request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
    }
  }
}
