package dev.callgate.api.security;

import dev.callgate.accounts.ApiCaller;
import dev.callgate.accounts.ApiKeyService;
import dev.callgate.api.errors.ErrorBody;
import dev.callgate.api.soap.SoapFaults;
import dev.callgate.api.soap.SoapRequest;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a request through only with a valid, unrevoked key. The WSDL and its schemas stay public: a
 * client generator has to read them before it can present a key.
 */
@WebFilter(urlPatterns = {"/v1/*", "/soap/*"})
public class ApiKeyFilter extends HttpFilter {

  /** The request attribute holding the authenticated {@link ApiCaller}. */
  public static final String CALLER_ATTRIBUTE = "dev.callgate.api.caller";

  // The default repeats the properties file: a WAR's own file is not a config source when Weld
  // validates the EAR's injection points (the deployment fails without it).
  @Inject
  @ConfigProperty(name = "callgate.soap.max-body-bytes", defaultValue = "1048576")
  long soapMaxBodyBytes;

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
    try {
      SoapRequest envelope =
          soap && "POST".equals(request.getMethod())
              ? SoapRequest.read(request, soapMaxBodyBytes)
              : null;
      if (envelope != null) {
        request = envelope.request();
      }
      Optional<ApiCaller> caller = BearerToken.from(request).flatMap(keys::authenticate);
      if (caller.isEmpty() && envelope != null) {
        caller = envelope.wsSecurityPassword().flatMap(keys::authenticate);
      }
      if (caller.isEmpty()) {
        refuse(response, unauthorized(request, envelope), soap);
        return;
      }
      if (envelope != null) {
        envelope.checkOperation();
      }
      current.set(caller.get(), request.getRemoteAddr());
      // JAX-WS endpoints read the caller from the request rather than from CDI
      request.setAttribute(CALLER_ATTRIBUTE, caller.get());
    } catch (CallingException refused) {
      refuse(response, refused, soap);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Says which credentials failed, so that a wrong password does not read as a missing key. */
  private static CallingException unauthorized(HttpServletRequest request, SoapRequest envelope) {
    if (BearerToken.present(request)) {
      return CallingException.of(ErrorCode.UNAUTHORIZED, "The API key is unknown or revoked");
    }
    if (envelope != null && envelope.hasUsernameToken()) {
      return CallingException.of(
              ErrorCode.UNAUTHORIZED,
              "The WS-Security credentials are invalid: the password is not a valid API key")
          .resolution(
              "Send a valid, unrevoked API key as the UsernameToken's password, or as"
                  + " 'Authorization: Bearer <api-key>'");
    }
    return CallingException.of(ErrorCode.UNAUTHORIZED, "No API key was presented");
  }

  private static boolean describesService(HttpServletRequest request) {
    String query = request.getQueryString();
    return query != null
        && (query.equalsIgnoreCase("wsdl") || query.toLowerCase().startsWith("xsd="));
  }

  private static void refuse(HttpServletResponse response, CallingException e, boolean soap)
      throws IOException {
    if (e.code() == ErrorCode.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"callgate\"");
    }
    if (soap) {
      SoapFaults.write(response, e);
    } else {
      response.setStatus(e.code().httpStatus());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType("application/json");
      response.getWriter().write(ErrorBody.of(e).toString());
    }
  }
}
