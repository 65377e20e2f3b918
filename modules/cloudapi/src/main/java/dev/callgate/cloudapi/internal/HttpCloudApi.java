package dev.callgate.cloudapi.internal;

import dev.callgate.cloudapi.CallPermissions;
import dev.callgate.cloudapi.CloudApi;
import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.cloudapi.NumberSettings;
import dev.callgate.cloudapi.TemplateCreated;
import dev.callgate.cloudapi.TemplateRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The Cloud API over the JDK's HTTP client. Values below are the defaults; each can be changed
 * through MicroProfile Config (see this module's microprofile-config.properties).
 */
@ApplicationScoped
@CloudApiGuard
// backstop over the whole call, a little above the HTTP request timeout that normally fires first
@org.eclipse.microprofile.faulttolerance.Timeout(12_000)
// stop hammering a Graph that is down, and fail callers at once instead of after timeouts;
// only outages count, a refusal such as 138006 is a healthy answer
@CircuitBreaker(
    requestVolumeThreshold = 4,
    failureRatio = 0.5,
    delay = 5_000,
    successThreshold = 1,
    failOn = {UpstreamFailure.class, TimeoutException.class})
// a slow Graph must not tie up every request thread of the server
@Bulkhead(20)
public class HttpCloudApi implements CloudApi {

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.connect-timeout-ms", defaultValue = "3000")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.request-timeout-ms", defaultValue = "10000")
  long requestTimeoutMs;

  private GraphHttp http;

  public HttpCloudApi() {}

  HttpCloudApi(GraphHttp http) {
    this.http = http;
  }

  @PostConstruct
  void start() {
    http = new GraphHttp(Duration.ofMillis(connectTimeoutMs), Duration.ofMillis(requestTimeoutMs));
  }

  @Override
  public String connect(
      CloudApiAccount account, String phoneNumberId, String to, String sdpOffer, String opaque) {
    // no @Retry: a second connect after a lost answer would ring the customer twice
    JsonObject answer =
        http.post(account, calls(phoneNumberId), GraphRequests.connect(to, sdpOffer, opaque));
    return firstId(answer, "calls");
  }

  @Override
  public void preAccept(CloudApiAccount account, String phoneNumberId, String callId, String sdp) {
    http.post(account, calls(phoneNumberId), GraphRequests.answer("pre_accept", callId, sdp, null));
  }

  @Override
  public void accept(
      CloudApiAccount account, String phoneNumberId, String callId, String sdp, String opaque) {
    http.post(account, calls(phoneNumberId), GraphRequests.answer("accept", callId, sdp, opaque));
  }

  @Override
  // Meta treats reject of a call id idempotently: retrying a lost answer is harmless
  @Retry(
      maxRetries = 2,
      delay = 250,
      jitter = 100,
      maxDuration = 30_000,
      retryOn = UpstreamFailure.class)
  public void reject(CloudApiAccount account, String phoneNumberId, String callId) {
    http.post(account, calls(phoneNumberId), GraphRequests.callAction("reject", callId));
  }

  @Override
  // idempotent, and a missed terminate leaves a call billed too long: worth retrying
  @Retry(
      maxRetries = 2,
      delay = 250,
      jitter = 100,
      maxDuration = 30_000,
      retryOn = UpstreamFailure.class)
  public void terminate(CloudApiAccount account, String phoneNumberId, String callId) {
    http.post(account, calls(phoneNumberId), GraphRequests.callAction("terminate", callId));
  }

  @Override
  public String sendCallPermissionRequest(
      CloudApiAccount account, String phoneNumberId, String to, String bodyText) {
    // no @Retry: a duplicate request is billed and counts against the 1-per-24h limit
    JsonObject body = GraphRequests.callPermissionRequest(to, bodyText);
    return firstId(http.post(account, messages(phoneNumberId), body), "messages");
  }

  @Override
  public String sendTemplate(
      CloudApiAccount account,
      String phoneNumberId,
      String to,
      String templateName,
      String language,
      List<String> bodyParameters) {
    // no @Retry: the customer would get the message twice, and pay-per-message twice
    JsonObject body = GraphRequests.template(to, templateName, language, bodyParameters);
    return firstId(http.post(account, messages(phoneNumberId), body), "messages");
  }

  @Override
  // a read: safe to repeat, with jitter so many callers do not retry in step
  @Retry(
      maxRetries = 2,
      delay = 250,
      jitter = 100,
      maxDuration = 30_000,
      retryOn = UpstreamFailure.class)
  public CallPermissions callPermissions(
      CloudApiAccount account, String phoneNumberId, String userWaId) {
    JsonObject answer =
        http.get(account, phoneNumberId + "/call_permissions", Map.of("user_wa_id", userWaId));
    return CallPermissionsReader.read(answer);
  }

  @Override
  // a read: safe to repeat
  @Retry(
      maxRetries = 2,
      delay = 250,
      jitter = 100,
      maxDuration = 30_000,
      retryOn = UpstreamFailure.class)
  public NumberSettings settings(CloudApiAccount account, String phoneNumberId) {
    return SettingsJson.read(http.get(account, phoneNumberId + "/settings", Map.of()));
  }

  @Override
  // the POST replaces the settings with the same body each time, so repeating it is harmless
  @Retry(
      maxRetries = 2,
      delay = 250,
      jitter = 100,
      maxDuration = 30_000,
      retryOn = UpstreamFailure.class)
  public void updateSettings(
      CloudApiAccount account, String phoneNumberId, NumberSettings settings) {
    http.post(account, phoneNumberId + "/settings", SettingsJson.write(settings));
  }

  @Override
  public TemplateCreated createTemplate(
      CloudApiAccount account, String wabaId, TemplateRequest template) {
    // no @Retry: a lost answer followed by a retry would submit a second template for review
    JsonObject answer =
        http.post(account, wabaId + "/message_templates", GraphRequests.messageTemplate(template));
    return new TemplateCreated(
        answer.getString("id", null),
        answer.getString("status", null),
        answer.getString("category", template.category()));
  }

  private static String calls(String phoneNumberId) {
    return phoneNumberId + "/calls";
  }

  private static String messages(String phoneNumberId) {
    return phoneNumberId + "/messages";
  }

  /** The id in {"calls":[{"id":…}]} or {"messages":[{"id":…}]}. */
  private static String firstId(JsonObject answer, String list) {
    JsonArray items = answer.containsKey(list) ? answer.getJsonArray(list) : null;
    if (items == null || items.isEmpty() || !items.getJsonObject(0).containsKey("id")) {
      throw new UpstreamFailure("Cloud API answer without " + list + "[0].id", null, null);
    }
    return items.getJsonObject(0).getString("id");
  }
}
