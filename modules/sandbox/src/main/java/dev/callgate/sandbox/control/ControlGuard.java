package dev.callgate.sandbox.control;

import dev.callgate.sandbox.control.ControlPolicy.Request;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Applies {@link ControlPolicy} to every control request, before anything else reads it. */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ControlGuard implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "sandbox.control-token")
  Optional<String> token;

  @Context HttpServletRequest servlet;

  @Override
  public void filter(ContainerRequestContext request) {
    String own = servlet.getScheme() + "://" + servlet.getHeader("Host");
    new ControlPolicy(token)
        .check(
            new Request(
                request.getMethod(),
                servlet.getRemoteAddr(),
                request.getHeaderString("Authorization"),
                request.getHeaderString("Content-Type"),
                request.getHeaderString("Origin"),
                own))
        .ifPresent(
            refusal ->
                request.abortWith(
                    ControlBodies.refuse(refusal.status(), refusal.code(), refusal.message())
                        .getResponse()));
  }
}
