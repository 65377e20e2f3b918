package dev.callgate.accounts;

import dev.callgate.kernel.WaId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** The business's customers, with their chat assignee and owner. */
public interface ContactService {

  Optional<ContactView> contact(long businessId, @NotNull WaId waId);

  List<ContactView> contacts(long businessId);

  /**
   * Creates or updates the contact; audited. Assignee and owner must be agents of the same
   * business, otherwise the whole change is refused with validation_failed. Moving the chat (or the
   * contact's ownership) to another agent takes an owner, superadmin or admin, or a sales lead
   * within their team; a teammate may only take an unassigned chat for themself (A1, forbidden
   * otherwise). Idempotent under concurrency: saves of one contact at once create it once and apply
   * one after the other.
   */
  ContactView save(@NotNull Actor actor, @NotNull WaId waId, @NotNull @Valid ContactChange change);
}
