package dev.callgate.api.errors;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the whole {@code /api} context ({@code web.xml}): whatever the server itself
 * refuses outside JAX-RS (a path no servlet serves, such as {@code /api/V1/wallet}, a servlet's
 * {@code sendError}, an exception that escaped one) is answered in the contract's JSON shape
 * instead of the server's HTML page. Never shows the exception.
 */
// "" is the context root itself (/api/), which would otherwise be a directory the server refuses
@WebServlet(urlPatterns = {"/error-page", ""})
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // asked for directly, it is just a path that serves nothing
    ErrorCode code =
        status instanceof Integer known ? HttpStatuses.code(known) : ErrorCode.NOT_FOUND;
    CallingException error = CallingException.of(code, HttpStatuses.message(code));
    response.setStatus(code.httpStatus());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    response.getWriter().write(ErrorBody.of(error).toString());
  }
}
