package dev.callgate.it.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import dev.callgate.it.webhooks.WebhookSender;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Call permission request templates over REST, reviewed by the sandbox as Meta would: created
 * PENDING, approved or rejected a moment later by the status webhook (T1, T2).
 *
 * <p>Templates are made for Aurora Modas: creating one is audited, and other test classes take the
 * newest audit entry of Sunrise Electronics to be their own. While the sandbox clock is ahead, an
 * entry written here would stay "newest" after the next redeployment resets Callgate's clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplatesIT {

  private static final Duration REVIEW = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private static final String AURORA_WABA = "203390129340411";

  private final Http aurora = Http.withKey(TestServer.AURORA_KEY);

  @Test
  void T1_T2_aValidTemplateIsCreatedPendingThenApprovedByMetasReview() {
    String name = fresh("order_call");
    Reply created = aurora.post("/api/v1/templates", Templates.valid(name, "en_US"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject template = created.json();
    assertThat(template.getString("status")).isEqualTo("PENDING");
    assertThat(template.getString("name")).isEqualTo(name);
    assertThat(template.getString("wabaId")).isEqualTo(AURORA_WABA);
    assertThat(template.getInt("placeholders")).isEqualTo(2);
    assertThat(template.getJsonArray("examples")).hasSize(2);
    assertThat(template.getString("metaTemplateId")).isNotBlank();
    long id = template.getJsonNumber("id").longValue();
    assertThat(created.raw().headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/templates/" + id));

    JsonObject approved = Templates.awaitStatus(aurora, id, "APPROVED", REVIEW);
    assertThat(approved.get("rejectionReason")).isEqualTo(JsonValue.NULL);
    assertThat(aurora.get("/api/v1/templates").array().getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("name"))
        .contains(name);
  }

  @Test
  void T2_aTemplateMetaRejectsShowsRejectedWithTheReason() {
    Reply created = aurora.post("/api/v1/templates", Templates.valid(fresh("reject_"), "en"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    JsonObject rejected =
        Templates.awaitStatus(
            aurora, created.json().getJsonNumber("id").longValue(), "REJECTED", REVIEW);
    assertThat(rejected.getString("rejectionReason")).isEqualTo("INVALID_FORMAT");
  }

  @Test
  void T1_anInvalidTemplateListsEveryFieldProblemAtOnce() {
    String body =
        "{\"name\":\"Order Call\",\"language\":\"english\",\"category\":\"PROMOTION\","
            + "\"headerText\":\""
            + "h".repeat(61)
            + "\",\"bodyText\":\"Hi {{1}}, order {{3}} <script>x</script>.\","
            + "\"footerText\":\""
            + "f".repeat(61)
            + "\",\"examples\":[],\"allowCategoryChange\":false}";
    Reply refused = aurora.post("/api/v1/templates", body);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.error().getString("code")).isEqualTo("validation_failed");
    assertThat(Templates.fields(refused))
        .contains(
            "name", "language", "category", "headerText", "bodyText", "footerText", "examples");
  }

  @Test
  void T1_aNameIsUniquePerAccountAndLanguage() {
    String name = fresh("twice");
    assertThat(aurora.post("/api/v1/templates", Templates.valid(name, "en")).status())
        .isEqualTo(201);

    Reply again = aurora.post("/api/v1/templates", Templates.valid(name, "en"));
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    assertThat(Templates.fields(again)).containsExactly("name");
    assertThat(again.error().getJsonArray("fields").getJsonObject(0).getString("problem"))
        .contains("exists already");

    Reply otherLanguage = aurora.post("/api/v1/templates", Templates.valid(name, "pt_BR"));
    assertThat(otherLanguage.status()).as(otherLanguage.body()).isEqualTo(201);
  }

  @Test
  void T2_aRefusalByTheCloudApiLeavesNothingStored() {
    // The name is taken at Meta (the sandbox) but unknown to Callgate: Meta refuses the submission.
    String name = fresh("taken_upstream");
    Reply direct =
        Http.withKey("sandbox-access-token")
            .post(
                "/sandbox/graph/v23.0/" + AURORA_WABA + "/message_templates",
                "{\"name\":\""
                    + name
                    + "\",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":"
                    + "[{\"type\":\"BODY\",\"text\":\"May we call you?\"},"
                    + "{\"type\":\"call_permission_request\"}]}");
    assertThat(direct.status()).as(direct.body()).isEqualTo(200);

    Reply refused = aurora.post("/api/v1/templates", Templates.valid(name, "en"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.error().getInt("upstreamCode")).isEqualTo(100);
    assertThat(aurora.get("/api/v1/templates").array().getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("name"))
        .doesNotContain(name);
  }

  @Test
  void T2_laterStatusWebhooksMoveTheStatusAndKeepTheReason() {
    Reply created = aurora.post("/api/v1/templates", Templates.valid(fresh("paused"), "en"));
    long id = created.json().getJsonNumber("id").longValue();
    JsonObject approved = Templates.awaitStatus(aurora, id, "APPROVED", REVIEW);
    WebhookSender meta = new WebhookSender(TestServer.base());

    assertThat(meta.post(Templates.statusWebhook(approved, "PAUSED", "LOW_QUALITY")).statusCode())
        .isEqualTo(200);
    JsonObject paused = Templates.awaitStatus(aurora, id, "PAUSED", REVIEW);
    assertThat(paused.getString("rejectionReason")).isEqualTo("LOW_QUALITY");

    meta.post(Templates.statusWebhook(approved, "REINSTATED", "NONE"));
    assertThat(Templates.awaitStatus(aurora, id, "APPROVED", REVIEW).get("rejectionReason"))
        .isEqualTo(JsonValue.NULL);
  }

  @Test
  void T2_aStatusWebhookForAnUnknownTemplateIsRecordedAndChangesNothing() {
    String unknownId = Long.toString(9_000_000_000L + ThreadLocalRandom.current().nextInt(1 << 30));
    int before = aurora.get("/api/v1/templates").array().size();
    String webhook =
        Templates.statusWebhook(
            AURORA_WABA, unknownId, "unknown_template", "en", "APPROVED", "NONE");
    assertThat(new WebhookSender(TestServer.base()).post(webhook).statusCode()).isEqualTo(200);

    String key = "template:" + unknownId + ":APPROVED";
    boolean processed =
        WebhookSender.eventually(
            REVIEW,
            () ->
                aurora
                    .get("/api/v1/webhook-events?dedupeKey=" + key)
                    .body()
                    .contains("\"PROCESSED\""));
    assertThat(processed).as("event " + key + " processed").isTrue();
    // other tests' templates may be reviewed meanwhile: compare what matters, not the whole body
    assertThat(aurora.get("/api/v1/templates").array().getValuesAs(JsonObject.class))
        .hasSize(before)
        .noneMatch(t -> unknownId.equals(t.getString("metaTemplateId", null)));
  }

  @Test
  void A2_anotherBusinessesTemplateIsNotFound() {
    Reply created = aurora.post("/api/v1/templates", Templates.valid(fresh("mine"), "en"));
    long id = created.json().getJsonNumber("id").longValue();
    Http sunrise = Http.withKey(TestServer.SUNRISE_KEY);

    Reply other = sunrise.get("/api/v1/templates/" + id);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.error().getString("code")).isEqualTo("not_found");
    assertThat(sunrise.get("/api/v1/templates").body()).doesNotContain("\"id\":" + id + ",");
    assertThat(aurora.get("/api/v1/templates/" + id).status()).isEqualTo(200);
  }

  /** A name no other run has used: the sandbox remembers names for the whole server run. */
  private static String fresh(String prefix) {
    return prefix + "_" + Long.toString(System.nanoTime(), 36);
  }
}
