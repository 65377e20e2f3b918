package dev.callgate.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * Hashes console passwords with the server's own PBKDF2 implementation (Soteria), so the console's
 * database identity store verifies them. Jakarta Security offers it as a bean only in web modules,
 * hence the direct use here.
 */
@ApplicationScoped
public class PasswordHasher {

  private final Pbkdf2PasswordHash pbkdf2 = new Pbkdf2PasswordHashImpl();

  /** A hash no password matches, verified for unknown logins to keep timing uniform. */
  private final String decoy;

  public PasswordHasher() {
    // OWASP's 2023 floor for PBKDF2-HMAC-SHA512
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000"));
    decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  String decoy() {
    return decoy;
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(char[] password, String hash) {
    return password != null && pbkdf2.verify(password, hash);
  }
}
