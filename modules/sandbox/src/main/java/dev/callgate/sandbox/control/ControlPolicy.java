package dev.callgate.sandbox.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may drive the sandbox's control API. It moves the shared clock, makes users call and grant
 * permissions: a remote control for Callgate's state, so it answers only callers on this machine,
 * or anyone presenting {@code sandbox.control-token} when one is configured. State-changing
 * requests must be JSON and must not come from another site's page: a cross-site form or script can
 * send neither {@code application/json} nor the token without a CORS pre-flight, which is never
 * granted.
 *
 * @param token the configured control token, or empty
 */
record ControlPolicy(Optional<String> token) {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f.:]+");

  /** What the policy needs to know of a request. */
  record Request(
      String method,
      String remoteAddress,
      String authorization,
      String contentType,
      String origin,
      String ownOrigin) {}

  /** Why a request is refused: the HTTP status, the error code and what to do instead. */
  record Refusal(int status, String code, String message) {}

  Optional<Refusal> check(Request request) {
    if (!loopback(request.remoteAddress()) && !tokenPresented(request.authorization())) {
      return Optional.of(
          new Refusal(
              403,
              "forbidden",
              "The sandbox's control API answers only callers on this machine; configure"
                  + " sandbox.control-token and send it as 'Authorization: Bearer <token>'"));
    }
    if (SAFE.contains(request.method().toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (request.origin() != null && !sameOrigin(request.origin(), request.ownOrigin())) {
      return Optional.of(
          new Refusal(
              403,
              "forbidden",
              "Requests from " + request.origin() + " may not change the sandbox"));
    }
    if (!json(request.contentType())) {
      return Optional.of(
          new Refusal(
              415,
              "unsupported_media_type",
              "Send the control request as application/json (an empty body is {})"));
    }
    return Optional.empty();
  }

  private boolean tokenPresented(String authorization) {
    if (token.isEmpty() || token.get().isBlank() || authorization == null) {
      return false;
    }
    String presented = authorization.strip();
    if (!presented.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(
        presented.substring(7).strip().getBytes(StandardCharsets.UTF_8),
        token.get().strip().getBytes(StandardCharsets.UTF_8));
  }

  static boolean loopback(String address) {
    // only an address literal, as the servlet container reports the peer, so no name is looked up
    if (address == null || !ADDRESS_LITERAL.matcher(address).matches()) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }

  static boolean json(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("application/json");
  }

  private static boolean sameOrigin(String origin, String own) {
    try {
      URI a = URI.create(origin.strip());
      URI b = URI.create(own);
      return a.getScheme() != null
          && a.getScheme().equalsIgnoreCase(b.getScheme())
          && a.getHost() != null
          && a.getHost().equalsIgnoreCase(b.getHost())
          && port(a) == port(b);
    } catch (IllegalArgumentException notAnOrigin) {
      return false;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
