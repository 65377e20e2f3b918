package dev.callgate.cloudapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A webhook signature speaks for its own tenant only: a WABA's own app secret signs that WABA's
 * deliveries and no other's; the shared secret signs for WABAs without one of their own.
 */
class WebhookTenantSignatureTest {

  private static final String WABA_A = "111";
  private static final String WABA_B = "222";
  private static final String WABA_SHARED = "333";
  private static final String NUMBER_A = "1001";
  private static final String NUMBER_B = "2001";
  private static final String NUMBER_SHARED = "3001";

  private static final WebhookSecrets.Lookup SECRETS =
      (wabas, numbers) ->
          new WebhookSecrets(
              List.of("shared", "shared-next"),
              Map.of(WABA_A, "secret-a", WABA_B, "secret-b"),
              Map.of(NUMBER_A, WABA_A, NUMBER_B, WABA_B, NUMBER_SHARED, WABA_SHARED));

  @Test
  void aWabasOwnSecretSignsItsOwnDeliveries() {
    assertThat(signedWith("secret-a", delivery(WABA_A, NUMBER_A))).isTrue();
  }

  @Test
  void aWabasOwnSecretDoesNotSignAnotherWabasDelivery() {
    assertThat(signedWith("secret-b", delivery(WABA_A, NUMBER_A))).isFalse();
    assertThat(signedWith("secret-a", delivery(WABA_SHARED, NUMBER_SHARED))).isFalse();
  }

  @Test
  void theSharedSecretDoesNotSignForAWabaWithItsOwn() {
    assertThat(signedWith("shared", delivery(WABA_A, NUMBER_A))).isFalse();
    assertThat(signedWith("shared", delivery(WABA_SHARED, NUMBER_SHARED))).isTrue();
    assertThat(signedWith("shared-next", delivery(WABA_SHARED, NUMBER_SHARED))).isTrue();
  }

  @Test
  void aNumberOfAnotherWabaUnderAnEntryOfMineIsNotMine() {
    assertThat(signedWith("secret-a", delivery(WABA_A, NUMBER_B))).isFalse();
    assertThat(signedWith("secret-b", delivery(WABA_A, NUMBER_B))).isFalse();
  }

  @Test
  void aDeliveryForTwoWabasWithSecretsOfTheirOwnHasNoSigner() {
    String both = "{\"entry\":[" + entry(WABA_A, NUMBER_A) + "," + entry(WABA_B, NUMBER_B) + "]}";
    for (String secret : new String[] {"secret-a", "secret-b", "shared"}) {
      assertThat(signedWith(secret, both)).as(secret).isFalse();
    }
  }

  @Test
  void a360dialogDeliveryNamesItsWabaToo() {
    String body = "{\"event\":\"call_permission_status\",\"waba_id\":\"" + WABA_A + "\"}";
    assertThat(signedWith("secret-a", body)).isTrue();
    assertThat(signedWith("shared", body)).isFalse();
  }

  @Test
  void aBodyThatIsNotJsonIsSignedByTheSharedSecretsOnly() {
    assertThat(signedWith("shared", "{\"entry\": [")).isTrue();
    assertThat(signedWith("secret-a", "{\"entry\": [")).isFalse();
  }

  @Test
  void aForgedSignatureIsRefusedWhateverTheTenant() {
    byte[] body = bytes(delivery(WABA_A, NUMBER_A));
    String header = WebhookSignature.sign(body, "secret-a");
    byte[] tampered = bytes(delivery(WABA_A, NUMBER_A).replace("calls", "callz"));
    assertThat(WebhookSignature.verifyForTenants(tampered, header, SECRETS)).isFalse();
    assertThat(WebhookSignature.verifyForTenants(body, null, SECRETS)).isFalse();
  }

  @Test
  void theLookupIsAskedForExactlyTheTenantsNamed() {
    List<Set<String>> asked = new java.util.ArrayList<>();
    WebhookSecrets.Lookup recording =
        (wabas, numbers) -> {
          asked.add(wabas);
          asked.add(numbers);
          return SECRETS.of(wabas, numbers);
        };
    byte[] body = bytes(delivery(WABA_A, NUMBER_B));
    WebhookSignature.verifyForTenants(body, WebhookSignature.sign(body, "x"), recording);
    assertThat(asked).containsExactly(Set.of(WABA_A), Set.of(NUMBER_B));
  }

  private static boolean signedWith(String secret, String body) {
    byte[] bytes = bytes(body);
    return WebhookSignature.verifyForTenants(bytes, WebhookSignature.sign(bytes, secret), SECRETS);
  }

  private static String delivery(String waba, String number) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[" + entry(waba, number) + "]}";
  }

  private static String entry(String waba, String number) {
    return "{\"id\":\""
        + waba
        + "\",\"changes\":[{\"field\":\"calls\",\"value\":{\"metadata\":{\"phone_number_id\":\""
        + number
        + "\"}}}]}";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
