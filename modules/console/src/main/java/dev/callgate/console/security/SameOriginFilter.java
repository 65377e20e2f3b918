package dev.callgate.console.security;

import dev.callgate.kernel.PublicUrl;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps other sites from changing state through a signed-in agent's browser (request forgery). A
 * request that may change something must name the console's own origin in {@code Origin}, or in
 * {@code Referer} when a browser sends no {@code Origin}; and the softphone's channel takes JSON
 * only, which a cross-site form cannot send. The JSF pages also carry view state; the softphone has
 * nothing else, and a page on another site could otherwise hang up an agent's live call.
 *
 * <p>The console's own origin is the one the browser addressed ({@code Host}), or {@code
 * callgate.public-url} behind a proxy that rewrites it.
 */
@WebFilter("/*")
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final String SOFTPHONE = "/softphone/";

  @Inject
  @ConfigProperty(name = "callgate.public-url")
  Optional<String> publicUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      chain.doFilter(request, response);
      return;
    }
    String origin = request.getHeader("Origin");
    String from = origin != null ? origin : request.getHeader("Referer");
    if (from == null || !own(request, from)) {
      refuse(
          response,
          403,
          "forbidden",
          from == null
              ? "A request that changes something must come from the console's own pages"
              : "Requests from " + origin(from) + " may not change anything in the console");
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(SOFTPHONE) && !json(request.getContentType())) {
      refuse(response, 415, "unsupported_media_type", "Send the softphone's requests as JSON");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean own(HttpServletRequest request, String from) {
    String origin = origin(from);
    String host = request.getHeader("Host");
    if (host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host)) {
      return true;
    }
    String configured = publicUrl.filter(url -> !url.isBlank() && !"auto".equals(url)).orElse(null);
    return configured != null && origin.equalsIgnoreCase(origin(PublicUrl.resolve(configured)));
  }

  /** The scheme, host and port of an Origin or a Referer; "null" stays "null". */
  private static String origin(String header) {
    try {
      URI uri = URI.create(header.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return header.strip();
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException malformed) {
      return header.strip();
    }
  }

  private static boolean json(String contentType) {
    return contentType != null
        && contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/json");
  }

  private static void refuse(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add(
                    "error",
                    Json.createObjectBuilder()
                        .add("code", code)
                        .add("message", message)
                        .add("resolution", "Use the console itself, not a page of another site"))
                .build()
                .toString());
  }
}
