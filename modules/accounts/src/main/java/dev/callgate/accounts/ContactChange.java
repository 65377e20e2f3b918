package dev.callgate.accounts;

import jakarta.validation.constraints.Size;

/** What an API client or console user may set on a contact. */
public record ContactChange(
    @Size(max = 120) String name, Long assigneeAgentId, Long ownerAgentId) {}
