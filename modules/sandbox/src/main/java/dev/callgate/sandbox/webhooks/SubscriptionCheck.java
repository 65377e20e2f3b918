package dev.callgate.sandbox.webhooks;

import dev.callgate.sandbox.meta.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Meta's webhook subscription handshake: {@code GET receiver?hub.mode=subscribe&hub.verify_token=
 * ..&hub.challenge=..} must echo the challenge when the token is Callgate's verify token.
 */
@ApplicationScoped
public class SubscriptionCheck {

  @Inject SignedPost http;

  @Inject
  @ConfigProperty(name = "callgate.webhook.verify-token")
  String verifyToken;

  /** Whether Callgate echoed the challenge, with its status for the report. */
  public Outcome verify() {
    String challenge = Ids.numericId();
    SignedPost.Result result =
        http.getFromCallgate(
            WebhookSender.RECEIVER
                + "?hub.mode=subscribe&hub.verify_token="
                + URLEncoder.encode(verifyToken, StandardCharsets.UTF_8)
                + "&hub.challenge="
                + challenge);
    boolean echoed =
        result.ok() && result.body() != null && result.body().strip().equals(challenge);
    return new Outcome(echoed, result.status(), result.error());
  }

  /** What the handshake showed. */
  public record Outcome(boolean verified, Integer httpStatus, String error) {}
}
