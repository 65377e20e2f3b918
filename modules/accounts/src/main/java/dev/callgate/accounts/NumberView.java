package dev.callgate.accounts;

/**
 * A business phone number on the Cloud API.
 *
 * @param id the Cloud API phone number id
 * @param displayPhoneNumber E.164 digits without '+'
 * @param country ISO country of the number itself (from its E.164 form, rule L3)
 */
public record NumberView(
    String id,
    long businessId,
    String displayPhoneNumber,
    String friendlyName,
    String wabaId,
    String country,
    CallingSettings settings) {}
