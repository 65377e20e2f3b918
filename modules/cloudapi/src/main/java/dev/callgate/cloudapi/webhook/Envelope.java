package dev.callgate.cloudapi.webhook;

import java.time.Instant;

/**
 * Where an event was sent from.
 *
 * @param wabaId the WhatsApp Business Account id ({@code entry.id}, or 360dialog's {@code waba_id})
 * @param phoneNumberId the Cloud API phone number id, or null for WABA-level events
 * @param displayPhoneNumber the business number as digits, or null
 * @param time the entry's {@code time}, when the delivery names one, else null
 */
public record Envelope(
    String wabaId, String phoneNumberId, String displayPhoneNumber, Instant time) {}
