package dev.callgate.accounts;

/** A freshly issued key: {@code secret} is shown once and never stored in clear. */
public record IssuedApiKey(ApiKeyView key, String secret) {}
