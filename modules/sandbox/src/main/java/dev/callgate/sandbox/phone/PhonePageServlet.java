package dev.callgate.sandbox.phone;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves {@code /sandbox/phone/{waId}}: one static page for every user, which reads the wa_id from
 * its own address. The page lives under {@code WEB-INF} so that it is reached only with a wa_id,
 * and like the rest of the sandbox it answers 404 where the sandbox is switched off.
 */
@WebServlet("/phone/*")
public class PhonePageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern WA_ID = Pattern.compile("/\\d{6,15}");
  private static final String PAGE = "/WEB-INF/phone.html";

  @Inject
  @ConfigProperty(name = "callgate.sandbox.enabled")
  boolean enabled;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (!enabled || path == null || !WA_ID.matcher(path).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    // the page is the same for every user, but an old copy could outlive a redeployed script
    response.setHeader("Cache-Control", "no-store");
    try (InputStream page = getServletContext().getResourceAsStream(PAGE)) {
      page.transferTo(response.getOutputStream());
    }
  }
}
