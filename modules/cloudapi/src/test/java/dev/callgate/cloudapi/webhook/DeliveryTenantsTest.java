package dev.callgate.cloudapi.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The signature check reads the tenants of a delivery before trusting it: it must see every WABA
 * and number the parser later attributes an event to, or a secret could vouch for a tenant it does
 * not know about.
 */
class DeliveryTenantsTest {

  private static final String[] FIXTURES = {
    "bic-connect.json",
    "bic-status-accepted.json",
    "bic-status-rejected.json",
    "bic-status-ringing.json",
    "bic-terminate-completed.json",
    "d360-call-permission-status-granted.json",
    "permission-reply-accept-permanent.json",
    "permission-reply-accept-temporary.json",
    "permission-reply-reject.json",
    "template-status-approved.json",
    "uic-connect.json",
    "uic-terminate-completed.json",
    "uic-terminate-failed.json"
  };

  @Test
  void everyTenantTheParserAttributesAnEventToIsSeen() throws IOException {
    for (String name : FIXTURES) {
      assertCovers(WebhookParserTest.fixture(name), name);
    }
    assertCovers(SETTINGS.getBytes(StandardCharsets.UTF_8), "settings");
  }

  @Test
  void aDeliveryForTwoWabasNamesBoth() {
    String body =
        "{\"entry\":[{\"id\":\"111\",\"changes\":[{\"field\":\"calls\",\"value\":{\"metadata\":"
            + "{\"phone_number_id\":\"1001\"}}}]},{\"id\":\"222\",\"changes\":[]}]}";
    DeliveryTenants tenants = DeliveryTenants.of(bytes(body)).orElseThrow();
    assertThat(tenants.wabaIds()).containsExactlyInAnyOrder("111", "222");
    assertThat(tenants.phoneNumberIds()).containsExactly("1001");
  }

  @Test
  void aRepeatedKeyCountsEveryValueTheBodyHolds() {
    String body = "{\"entry\":[{\"id\":\"111\"}],\"entry\":[{\"id\":\"222\"}]}";
    assertThat(DeliveryTenants.of(bytes(body)).orElseThrow().wabaIds())
        .containsExactlyInAnyOrder("111", "222");
  }

  @Test
  void idsElsewhereInTheBodyAreNotTenants() {
    String body =
        "{\"entry\":[{\"id\":\"111\",\"changes\":[{\"value\":{\"contacts\":[{\"id\":\"999\"}],"
            + "\"messages\":[{\"phone_number_id\":\"888\"}]}}]}]}";
    DeliveryTenants tenants = DeliveryTenants.of(bytes(body)).orElseThrow();
    assertThat(tenants.wabaIds()).containsExactly("111");
    assertThat(tenants.phoneNumberIds()).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonHasNoTenants() {
    assertThat(DeliveryTenants.of(bytes("{\"entry\": [ {\"id\": "))).isEmpty();
    assertThat(DeliveryTenants.of(new byte[0])).isEmpty();
    assertThat(DeliveryTenants.of(bytes("not json"))).isEmpty();
  }

  @Test
  void aBodyNestedVeryDeeplyIsReadWithoutRecursion() {
    int depth = 100_000;
    String body =
        "{\"entry\":[{\"id\":\"111\"}],\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    // whatever the JSON provider makes of such depth, the scan returns instead of overflowing
    assertThatCode(() -> DeliveryTenants.of(bytes(body))).doesNotThrowAnyException();
    DeliveryTenants.of(bytes(body))
        .ifPresent(tenants -> assertThat(tenants.wabaIds()).containsExactly("111"));
  }

  private static final String SETTINGS =
      "{\"entry\":[{\"id\":\"9\",\"time\":1749200000,\"changes\":[{\"field\":"
          + "\"account_settings_update\",\"value\":{\"timestamp\":\"1749200000\",\"type\":"
          + "\"PHONE_NUMBER_SETTINGS\",\"phone_number_settings\":{\"phone_number_id\":"
          + "\"106540352242933\",\"calling\":{\"status\":\"ENABLED\"}}}}]}]}";

  private static void assertCovers(byte[] body, String name) {
    Set<String> wabas = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (WebhookEvent event : WebhookParser.parse(body)) {
      wabas.add(event.envelope().wabaId());
      if (event.envelope().phoneNumberId() != null) {
        numbers.add(event.envelope().phoneNumberId());
      }
      if (event instanceof AccountSettingsUpdate settings) {
        numbers.add(settings.phoneNumberId());
      }
    }
    DeliveryTenants tenants = DeliveryTenants.of(body).orElseThrow();
    assertThat(tenants.wabaIds()).as(name).containsAll(wabas);
    assertThat(tenants.phoneNumberIds()).as(name).containsAll(numbers);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
