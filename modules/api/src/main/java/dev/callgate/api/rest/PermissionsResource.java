package dev.callgate.api.rest;

import dev.callgate.api.security.CurrentCaller;
import dev.callgate.kernel.input.MultiLine;
import dev.callgate.permissions.ConsentEntry;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.PermissionRequestView;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.PermissionView;
import dev.callgate.permissions.ReplyView;
import dev.callgate.permissions.RequestKind;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Call permissions of one business number (rules P1-P12): requests, state and consent ledger. */
@Path("/numbers/{numberId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permissions")
public class PermissionsResource {

  @EJB private PermissionService permissions;

  @Inject private CurrentCaller caller;

  /** The body of a permission request, as the contract spells it. */
  public record PermissionRequestJson(
      String waId,
      RequestKind kind,
      @MultiLine String bodyText,
      String templateName,
      String templateLanguage,
      List<String> parameters) {}

  /**
   * The contract's answer to a request: {@code status} is SENT while it can be answered; in the
   * request list also SENDING, and FAILED with the {@code failure} that kept it from the customer.
   */
  public record SentRequestJson(
      long id,
      String waId,
      RequestKind kind,
      String status,
      String messageId,
      Instant sentAt,
      Instant expiresAt,
      String templateName,
      String answer,
      Instant answeredAt,
      String requestedBy,
      String failure) {
    static SentRequestJson of(PermissionRequestView r) {
      return new SentRequestJson(
          r.id(),
          r.waId(),
          r.kind(),
          r.status(),
          r.messageId(),
          r.sentAt(),
          r.expiresAt(),
          r.templateName(),
          r.answer(),
          r.answeredAt(),
          r.requestedBy(),
          r.failure());
    }
  }

  /** The ledger line, with the source in the contract's lower case. */
  public record ConsentJson(
      long id, String state, String source, Instant occurredAt, String carrierId, String detail) {
    static ConsentJson of(ConsentEntry e) {
      return new ConsentJson(
          e.id(), e.state().name(), e.source().wire(), e.occurredAt(), e.carrierId(), e.detail());
    }
  }

  @POST
  @Path("/permission-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Send a call permission request: INTERACTIVE inside the customer service window (T3),"
              + " TEMPLATE with an approved template (T2); limited per P4 and P9")
  public Response request(
      @PathParam("numberId") String numberId, @NotNull PermissionRequestJson body) {
    PermissionRequestView sent =
        permissions.request(
            caller.actor(),
            numberId,
            new PermissionRequestCommand(
                body.waId(),
                body.kind(),
                body.bodyText(),
                body.templateName(),
                body.templateLanguage(),
                body.parameters()));
    return Response.status(Response.Status.CREATED).entity(SentRequestJson.of(sent)).build();
  }

  @GET
  @Path("/permissions")
  @Operation(summary = "Every customer of the number that was asked or granted permission")
  public List<PermissionView> all(@PathParam("numberId") String numberId) {
    return permissions.permissions(caller.businessId(), numberId);
  }

  @GET
  @Path("/permissions/{waId}")
  @Operation(summary = "Where the customer's permission stands, with request and call limits")
  public PermissionView permission(
      @PathParam("numberId") String numberId, @PathParam("waId") String waId) {
    return permissions.permission(caller.businessId(), numberId, waId);
  }

  @GET
  @Path("/permissions/{waId}/history")
  @Operation(summary = "The consent ledger of the pair, oldest first (P11)")
  public List<ConsentJson> history(
      @PathParam("numberId") String numberId, @PathParam("waId") String waId) {
    return permissions.history(caller.businessId(), numberId, waId).stream()
        .map(ConsentJson::of)
        .toList();
  }

  @GET
  @Path("/permissions/{waId}/requests")
  @Operation(summary = "The requests sent to the customer, newest first")
  public List<SentRequestJson> requests(
      @PathParam("numberId") String numberId, @PathParam("waId") String waId) {
    return permissions.requests(caller.businessId(), numberId, waId).stream()
        .map(SentRequestJson::of)
        .toList();
  }

  @GET
  @Path("/permissions/{waId}/replies")
  @Operation(summary = "The customer's replies as received, each with what it did (P12)")
  public List<ReplyView> replies(
      @PathParam("numberId") String numberId, @PathParam("waId") String waId) {
    return permissions.replies(caller.businessId(), numberId, waId);
  }

  @POST
  @Path("/permissions/{waId}/reconcile")
  @Operation(summary = "Compare the pair with the Cloud API's call_permissions and adopt it (P10)")
  public PermissionView reconcile(
      @PathParam("numberId") String numberId, @PathParam("waId") String waId) {
    return permissions.reconcile(caller.actor(), numberId, waId);
  }
}
