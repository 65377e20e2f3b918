package dev.callgate.accounts;

import java.time.Instant;

/**
 * A customer of one business.
 *
 * @param assigneeAgentId the agent the chat is assigned to (L6, R1), or null
 * @param ownerAgentId the contact owner in the CRM (R1), or null
 */
public record ContactView(
    long id,
    long businessId,
    String waId,
    String name,
    Long assigneeAgentId,
    Long ownerAgentId,
    Instant updatedAt) {}
