package dev.callgate.api.webhooks;

import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.api.errors.ErrorBody;
import dev.callgate.calls.WebhookInbox;
import dev.callgate.calls.WebhookReceipt;
import dev.callgate.cloudapi.WebhookSignature;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.input.BodyTooLargeException;
import dev.callgate.kernel.input.BoundedInputStream;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Meta's webhook endpoint. A plain servlet rather than JAX-RS: the signature covers the raw bytes,
 * which must reach the check exactly as sent. It lies outside {@code /v1}, so no API key is asked;
 * the HMAC signature is the authentication.
 */
@WebServlet("/webhooks/whatsapp")
public class WhatsAppWebhookServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(WhatsAppWebhookServlet.class.getName());

  /** A store that fails for a transient reason (a lost insert race, a lock timeout) is retried. */
  private static final int STORE_ATTEMPTS = 3;

  @EJB private WebhookInbox inbox;

  @Inject
  @ConfigProperty(name = "callgate.webhook.verify-token", defaultValue = "")
  String verifyToken;

  @EJB private CloudApiAccounts accounts;

  @Inject
  @ConfigProperty(name = "callgate.webhook.max-body-bytes", defaultValue = "1048576")
  int maxBodyBytes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("hub.verify_token");
    String challenge = request.getParameter("hub.challenge");
    boolean tokenMatches =
        !verifyToken.isEmpty()
            && token != null
            && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8),
                verifyToken.getBytes(StandardCharsets.UTF_8));
    if (!"subscribe".equals(request.getParameter("hub.mode"))
        || !tokenMatches
        || challenge == null) {
      error(response, CallingException.of(ErrorCode.FORBIDDEN, "The verify token does not match"));
      return;
    }
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(challenge);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body;
    try {
      if (request.getContentLengthLong() > maxBodyBytes) {
        throw new BodyTooLargeException(maxBodyBytes);
      }
      body = BoundedInputStream.readAll(request.getInputStream(), maxBodyBytes);
    } catch (BodyTooLargeException e) {
      error(response, CallingException.of(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage()));
      return;
    }
    if (!WebhookSignature.verifyForTenants(
        body, request.getHeader("X-Hub-Signature-256"), accounts::webhookSecrets)) {
      error(
          response,
          CallingException.of(
                  ErrorCode.UNAUTHORIZED,
                  request.getHeader("X-Hub-Signature-256") == null
                      ? "No X-Hub-Signature-256 header"
                      : "The X-Hub-Signature-256 signature does not match the body")
              .resolution(
                  "Sign the raw body with HMAC-SHA256 and the app secret of the WABA it is for"));
      return;
    }
    try {
      WebhookReceipt receipt = store(body);
      response.setContentType("application/json");
      response
          .getWriter()
          .write("{\"events\":" + receipt.events() + ",\"fresh\":" + receipt.fresh() + "}");
    } catch (CallingException e) {
      error(response, e);
    }
  }

  /** Returns only once the delivery is committed; a retried attempt starts a new transaction. */
  private WebhookReceipt store(byte[] body) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= STORE_ATTEMPTS; attempt++) {
      try {
        return inbox.receive(body);
      } catch (CallingException e) {
        throw e;
      } catch (RuntimeException e) {
        last = e;
        LOG.log(Level.FINE, "Storing a webhook delivery failed, attempt " + attempt, e);
      }
    }
    LOG.log(Level.WARNING, "Storing a webhook delivery failed " + STORE_ATTEMPTS + " times", last);
    throw CallingException.of(ErrorCode.INTERNAL_ERROR, "The delivery could not be stored")
        .resolution("Deliver it again later; nothing was stored")
        .causedBy(last);
  }

  private static void error(HttpServletResponse response, CallingException e) throws IOException {
    ErrorBody.closeAfterTooLarge(response, e);
    response.setStatus(e.code().httpStatus());
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(ErrorBody.of(e).toString());
  }
}
