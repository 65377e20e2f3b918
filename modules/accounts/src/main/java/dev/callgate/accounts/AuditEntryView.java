package dev.callgate.accounts;

import java.time.Instant;

/** One audited change (A3): who, what, on what, when and from where. */
public record AuditEntryView(
    long id,
    long businessId,
    String principal,
    String action,
    String target,
    String detail,
    String source,
    Instant at) {}
