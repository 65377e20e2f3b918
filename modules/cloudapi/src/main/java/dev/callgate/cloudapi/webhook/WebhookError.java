package dev.callgate.cloudapi.webhook;

/** An error a webhook reports, for example why a call failed. */
public record WebhookError(Integer code, String message, String details) {}
