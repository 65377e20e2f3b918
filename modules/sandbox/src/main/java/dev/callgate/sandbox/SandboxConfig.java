package dev.callgate.sandbox;

import dev.callgate.sandbox.meta.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator's settings. Secrets are Callgate's own keys, read under the same names so that the
 * two sides agree; everything else is {@code sandbox.*} with defaults in {@code
 * META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class SandboxConfig {

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.access-token")
  String accessToken;

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.app-secret")
  String appSecret;

  @Inject
  @ConfigProperty(name = "sandbox.callgate-url")
  String callgateUrl;

  @Inject
  @ConfigProperty(name = "sandbox.numbers")
  List<String> numbers;

  @Inject
  @ConfigProperty(name = "sandbox.permission.temporary-hours")
  int temporaryHours;

  @Inject
  @ConfigProperty(name = "sandbox.permission.request.max-per-24h")
  int requestsPer24h;

  @Inject
  @ConfigProperty(name = "sandbox.permission.request.max-per-7d")
  int requestsPer7d;

  @Inject
  @ConfigProperty(name = "sandbox.permission.unanswered.revoke-after")
  int revokeAfterUnanswered;

  @Inject
  @ConfigProperty(name = "sandbox.calls.connected-bic-per-pair-24h")
  int connectedCallsPer24h;

  @Inject
  @ConfigProperty(name = "sandbox.calls.no-answer-seconds")
  int noAnswerSeconds;

  @Inject
  @ConfigProperty(name = "sandbox.calls.uic-accept-seconds")
  int uicAcceptSeconds;

  @Inject
  @ConfigProperty(name = "sandbox.user.answer-after-seconds")
  int defaultAnswerAfterSeconds;

  @Inject
  @ConfigProperty(name = "sandbox.user.talk-seconds")
  int defaultTalkSeconds;

  @Inject
  @ConfigProperty(name = "sandbox.permission.reply-delay-millis")
  long replyDelayMillis;

  @Inject
  @ConfigProperty(name = "sandbox.templates.review-millis")
  long templateReviewMillis;

  @Inject
  @ConfigProperty(name = "sandbox.phone.open-millis")
  long phoneOpenMillis;

  @Inject
  @ConfigProperty(name = "sandbox.phone.answer-timeout-seconds")
  int phoneAnswerTimeoutSeconds;

  public String accessToken() {
    return accessToken;
  }

  public String appSecret() {
    return appSecret;
  }

  /** Callgate's base address: configured, or this server's own HTTP port and offset. */
  public String callgateBaseUrl() {
    if (callgateUrl != null
        && !callgateUrl.isBlank()
        && !"auto".equalsIgnoreCase(callgateUrl.strip())) {
      return callgateUrl.strip().replaceAll("/+$", "");
    }
    int port = Integer.getInteger("jboss.http.port", 8080);
    int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return "http://127.0.0.1:" + (port + offset);
  }

  /** Seed numbers as {@code phoneNumberId:wabaId:displayPhoneNumber}. */
  public List<String> numbers() {
    return numbers;
  }

  public Limits limits() {
    return new Limits(
        Duration.ofHours(temporaryHours),
        requestsPer24h,
        requestsPer7d,
        connectedCallsPer24h,
        revokeAfterUnanswered);
  }

  public Duration noAnswer() {
    return Duration.ofSeconds(noAnswerSeconds);
  }

  public Duration uicAcceptWindow() {
    return Duration.ofSeconds(uicAcceptSeconds);
  }

  public int defaultAnswerAfterSeconds() {
    return defaultAnswerAfterSeconds;
  }

  public int defaultTalkSeconds() {
    return defaultTalkSeconds;
  }

  public Duration replyDelay() {
    return Duration.ofMillis(replyDelayMillis);
  }

  public Duration templateReview() {
    return Duration.ofMillis(templateReviewMillis);
  }

  /** A phone page whose last heartbeat is older than this no longer takes calls. */
  public long phoneOpenMillis() {
    return phoneOpenMillis;
  }

  /** How long a phone page may take to answer a call before the sandbox answers for it. */
  public Duration phoneAnswerTimeout() {
    return Duration.ofSeconds(phoneAnswerTimeoutSeconds);
  }
}
