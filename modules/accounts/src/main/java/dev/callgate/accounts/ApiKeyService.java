package dev.callgate.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** Bearer keys for the REST and SOAP APIs, each scoped to one business (A2). */
public interface ApiKeyService {

  /** Issues a key; the secret in the result is the only time it is ever available. */
  IssuedApiKey issue(@NotNull Actor actor, @NotBlank @Size(max = 80) String name);

  /** Revokes a key of the actor's business; audited. Idempotent. */
  ApiKeyView revoke(@NotNull Actor actor, long keyId);

  List<ApiKeyView> keys(long businessId);

  /** The caller a presented secret belongs to, if the key exists and is not revoked. */
  Optional<ApiCaller> authenticate(String secret);
}
