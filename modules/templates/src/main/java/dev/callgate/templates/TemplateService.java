package dev.callgate.templates;

import dev.callgate.accounts.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Call permission request templates of a business (T1, T2): created here, reviewed by Meta, and
 * sendable only once approved. Every read is scoped to one business (A2).
 */
public interface TemplateService {

  /**
   * Validates every T1 field at once, stores the template PENDING, submits it to the Cloud API with
   * the call permission request component and audits the creation (A3), all in one transaction: a
   * refusal by the Cloud API leaves nothing stored.
   *
   * @throws dev.callgate.kernel.CallingException {@code validation_failed} listing every field
   *     problem (a name already used in that language on the WABA is a problem of {@code name}), or
   *     the Cloud API's refusal
   */
  TemplateView create(@NotNull Actor actor, @NotNull @Valid TemplateDraft draft);

  /** The business's templates, newest first. */
  List<TemplateView> templates(long businessId);

  /** One template of this business; empty for an unknown id or another business's (A2). */
  Optional<TemplateView> template(long businessId, long templateId);

  /**
   * The APPROVED template of this name and language on that WABA of the business; empty otherwise
   * (T2: only APPROVED templates can be sent).
   */
  Optional<TemplateView> approved(long businessId, String wabaId, String name, String language);
}
