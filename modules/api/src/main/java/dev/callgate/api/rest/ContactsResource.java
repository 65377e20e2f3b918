package dev.callgate.api.rest;

import dev.callgate.accounts.ContactChange;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.api.security.CurrentCaller;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.WaId;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/contacts/{waId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactsResource {

  @EJB private ContactService contacts;

  @Inject private CurrentCaller caller;

  /** The body of PUT: who the contact is and who looks after them. */
  public record ContactRequest(
      @Size(max = 120) String name, Long assigneeAgentId, Long ownerAgentId) {}

  public record ContactJson(
      String waId, String name, Long assigneeAgentId, Long ownerAgentId, Instant updatedAt) {
    static ContactJson of(ContactView c) {
      return new ContactJson(
          c.waId(), c.name(), c.assigneeAgentId(), c.ownerAgentId(), c.updatedAt());
    }
  }

  @GET
  @Operation(summary = "A contact with its chat assignee and owner")
  public ContactJson contact(@PathParam("waId") String waId) {
    return contacts
        .contact(caller.businessId(), WaId.of(waId))
        .map(ContactJson::of)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No contact " + waId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create or update a contact; assignee and owner must be agents of the business")
  public ContactJson save(@PathParam("waId") String waId, @NotNull @Valid ContactRequest body) {
    ContactChange change =
        new ContactChange(body.name(), body.assigneeAgentId(), body.ownerAgentId());
    return ContactJson.of(contacts.save(caller.actor(), WaId.of(waId), change));
  }
}
