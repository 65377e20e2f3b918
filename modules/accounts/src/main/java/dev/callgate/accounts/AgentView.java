package dev.callgate.accounts;

/**
 * An agent as every module and the API see it: never with credentials. Whether the agent takes
 * calls now is routing's (its {@code Presence}).
 */
public record AgentView(
    long id, long businessId, String name, String email, Role role, Long teamId, String teamName) {}
