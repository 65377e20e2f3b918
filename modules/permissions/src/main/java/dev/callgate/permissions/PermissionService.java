package dev.callgate.permissions;

import dev.callgate.accounts.Actor;
import dev.callgate.kernel.WaId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Call permissions per pair (business number, customer): requests, the permission itself, the
 * consent ledger, and the feedback the calls module gives after each call. Every method taking a
 * business id refuses numbers of other businesses with {@code not_found} (A2).
 */
public interface PermissionService {

  /**
   * Sends a call permission request. It is decided and reserved under a lock on the pair, so that
   * concurrent requests cannot both pass the limits, and sent to the Cloud API after that commit,
   * holding no lock. Refused with 138017 under a permanent permission (P9), 138011 over the limits
   * with the instant of the next allowed request (P4), and {@code validation_failed} for a
   * free-form request outside the customer service window (T3) or a template that is not approved
   * (T2). A request the Cloud API refuses, or that is lost on the way, is listed FAILED with the
   * reason and counts toward no limit; the caller receives the Cloud API's error.
   */
  PermissionRequestView request(
      @NotNull Actor actor, @NotNull String numberId, @NotNull PermissionRequestCommand command);

  /**
   * Could a request go to the customer now, and if not, which rule stops it and until when (P9, T3,
   * T2, P4)? The same decision the request makes, without side effects.
   *
   * @param kind the kind to ask about; null asks whether any kind could go (as a page does before
   *     anyone chose)
   * @param templateName an approved template to ask about (TEMPLATE); null asks about any of the
   *     number's account
   */
  RequestPreflight preflight(
      long businessId,
      @NotNull String numberId,
      String waId,
      RequestKind kind,
      String templateName,
      String templateLanguage);

  /**
   * The limits in force, as configured, so that a page saying "1 of 2 requests per 7 days" uses the
   * numbers the rules are applied with.
   */
  PermissionLimits limits();

  /** Where the pair stands now; NONE for a customer never asked. */
  PermissionView permission(long businessId, @NotNull String numberId, @NotNull String waId);

  /**
   * Only whether the business may call the customer now (P1, P7): what a call's pre-flight needs,
   * without the request limits and the last request that {@link #permission} also reads.
   */
  CallLimits callLimits(long businessId, @NotNull String numberId, @NotNull WaId waId);

  /** Every pair of the number that ever had a request or a permission, newest change first. */
  List<PermissionView> permissions(long businessId, @NotNull String numberId);

  /** The consent ledger of the pair, oldest first (P11). */
  List<ConsentEntry> history(long businessId, @NotNull String numberId, @NotNull String waId);

  /** The requests sent to the pair, newest first. */
  List<PermissionRequestView> requests(
      long businessId, @NotNull String numberId, @NotNull String waId);

  /** The customer's replies as they arrived, oldest first, each with what it did (P12). */
  List<ReplyView> replies(long businessId, @NotNull String numberId, @NotNull String waId);

  /**
   * Compares the pair with the Cloud API's {@code call_permissions} and adopts Meta's answer where
   * they disagree (P10); each correction is a ledger entry with source {@code reconciliation}.
   */
  PermissionView reconcile(@NotNull Actor actor, @NotNull String numberId, @NotNull String waId);

  /**
   * What a finished call means for the pair. A connected call, either direction, resets the request
   * limits (P5) and the unanswered counter (P8); an unanswered or rejected business call counts
   * toward the prompt and the automatic revocation (P8). Idempotent per call id.
   */
  void recordCallOutcome(
      @NotNull String numberId,
      @NotNull String waId,
      @NotNull String callId,
      boolean businessInitiated,
      boolean answered,
      @NotNull Instant at);
}
