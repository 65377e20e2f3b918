package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.SandboxConfig;
import dev.callgate.sandbox.meta.MetaError;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Every Graph call needs {@code Authorization: Bearer <access token>}, else Meta's code 190. */
@Provider
@PreMatching
public class AccessTokenFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject SandboxConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String token =
        header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? header.substring(BEARER.length()).strip()
            : "";
    boolean valid =
        MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8),
            config.accessToken().getBytes(StandardCharsets.UTF_8));
    if (!valid) {
      request.abortWith(MetaErrorMapper.envelope(MetaError.badToken()));
    }
  }
}
