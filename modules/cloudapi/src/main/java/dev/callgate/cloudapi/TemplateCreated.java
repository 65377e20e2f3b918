package dev.callgate.cloudapi;

/**
 * Meta's answer to a template submission.
 *
 * @param status usually {@code PENDING}; the final status arrives by webhook
 * @param category the category Meta assigned, which may differ when a change was allowed
 */
public record TemplateCreated(String id, String status, String category) {}
