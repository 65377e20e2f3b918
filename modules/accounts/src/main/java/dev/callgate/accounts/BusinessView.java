package dev.callgate.accounts;

/** A business using Callgate; {@code crm} enables the contact-owner routing step (R1). */
public record BusinessView(long id, String name, boolean crm) {}
