package dev.callgate.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.accounts.Actor;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {

  @Test
  void secretsAreLongRandomAndMarked() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String secret = ApiKeySecrets.newSecret();
      assertThat(secret).startsWith("cg_").hasSize(35).matches("cg_[A-Za-z0-9]{32}");
      seen.add(secret);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void onlyThePrefixAndTheHashAreKept() {
    String secret = "cg_abcdefghijklmnopqrstuvwxyz012345";
    ApiKey key = ApiKeySecrets.keyFor(Actor.system(7, "test"), "ci", secret, Instant.EPOCH);

    assertThat(key.prefix()).isEqualTo("cg_abcdefgh");
    assertThat(ApiKeySecrets.hash(secret))
        .hasSize(64)
        .isNotEqualTo(ApiKeySecrets.hash(secret + "x"))
        .doesNotContain(secret);
  }

  @Test
  void revokingTwiceKeepsTheFirstInstant() {
    ApiKey key =
        ApiKeySecrets.keyFor(
            Actor.system(7, "test"), "ci", ApiKeySecrets.newSecret(), Instant.EPOCH);
    Instant first = Instant.parse("2026-11-23T10:00:00Z");

    assertThat(key.revoke(first)).isTrue();
    assertThat(key.revoke(first.plusSeconds(60))).isFalse();
    assertThat(key.revokedAt()).isEqualTo(first);
    assertThat(key.active()).isFalse();
  }
}
