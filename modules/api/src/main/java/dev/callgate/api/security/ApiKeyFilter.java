package dev.callgate.api.security;

import dev.callgate.accounts.ApiCaller;
import dev.callgate.accounts.ApiKeyService;
import dev.callgate.api.errors.ErrorBody;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Lets a request through only with a valid, unrevoked key. The WSDL and its schemas stay public: a
 * client generator has to read them before it can present a key.
 */
@WebFilter(urlPatterns = {"/v1/*", "/soap/*"})
public class ApiKeyFilter extends HttpFilter {

  /** The request attribute holding the authenticated {@link ApiCaller}. */
  public static final String CALLER_ATTRIBUTE = "dev.callgate.api.caller";

  private static final int SOAP_BODY_LIMIT = 1024 * 1024;

  @EJB private ApiKeyService keys;

  @Inject private CurrentCaller current;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean soap = request.getServletPath().startsWith("/soap");
    if (soap && "GET".equals(request.getMethod()) && describesService(request)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiCaller> caller = BearerToken.from(request).flatMap(keys::authenticate);
    if (caller.isEmpty() && soap && "POST".equals(request.getMethod())) {
      BufferedRequest buffered = BufferedRequest.of(request, SOAP_BODY_LIMIT);
      if (buffered == null) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      request = buffered;
      caller = WsSecurityToken.password(buffered).flatMap(keys::authenticate);
    }
    if (caller.isEmpty()) {
      refuse(request, response, soap);
      return;
    }
    current.set(caller.get(), request.getRemoteAddr());
    // JAX-WS endpoints read the caller from the request rather than from CDI
    request.setAttribute(CALLER_ATTRIBUTE, caller.get());
    chain.doFilter(request, response);
  }

  private static boolean describesService(HttpServletRequest request) {
    String query = request.getQueryString();
    return query != null
        && (query.equalsIgnoreCase("wsdl") || query.toLowerCase().startsWith("xsd="));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean soap)
      throws IOException {
    CallingException e =
        CallingException.of(
            ErrorCode.UNAUTHORIZED,
            BearerToken.present(request)
                ? "The API key is unknown or revoked"
                : "No API key was presented");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"callgate\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (soap) {
      response.setContentType("text/xml");
      response.getWriter().write(SoapFaults.envelope(e));
    } else {
      response.setContentType("application/json");
      response.getWriter().write(ErrorBody.of(e).toString());
    }
  }
}
