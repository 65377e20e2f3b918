package dev.callgate.api.rest;

import dev.callgate.api.security.CurrentCaller;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.input.MultiLine;
import dev.callgate.templates.TemplateDraft;
import dev.callgate.templates.TemplateService;
import dev.callgate.templates.TemplateView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Call permission request templates (T1, T2): created and submitted for review, then read with the
 * status Meta's review gave them.
 */
@Path("/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
public class TemplatesResource {

  @EJB private TemplateService templates;

  @Inject private CurrentCaller caller;

  /**
   * The body of POST. It carries no Bean Validation constraints: the T1 rules check it as a whole,
   * so that every problem comes back in one answer.
   */
  public record TemplateRequest(
      String wabaId,
      String name,
      String language,
      String category,
      String headerText,
      @MultiLine String bodyText,
      String footerText,
      List<String> examples,
      Boolean allowCategoryChange) {

    TemplateDraft toDraft() {
      return new TemplateDraft(
          wabaId,
          name,
          language,
          category,
          headerText,
          bodyText,
          footerText,
          examples,
          Boolean.TRUE.equals(allowCategoryChange));
    }
  }

  /** A template as the contract shows it, with its review status and Meta's reason. */
  public record TemplateJson(
      long id,
      String status,
      String rejectionReason,
      String name,
      String language,
      String category,
      String headerText,
      String bodyText,
      String footerText,
      List<String> examples,
      boolean allowCategoryChange,
      int placeholders,
      String wabaId,
      String metaTemplateId,
      Instant createdAt,
      Instant updatedAt) {

    static TemplateJson of(TemplateView t) {
      return new TemplateJson(
          t.id(),
          t.status(),
          t.rejectionReason(),
          t.name(),
          t.language(),
          t.category(),
          t.headerText(),
          t.bodyText(),
          t.footerText(),
          t.examples(),
          t.allowCategoryChange(),
          t.placeholders(),
          t.wabaId(),
          t.metaTemplateId(),
          t.createdAt(),
          t.updatedAt());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create a call permission request template and submit it for review; it starts PENDING")
  @APIResponse(responseCode = "201", description = "Stored and submitted; status PENDING")
  @APIResponse(responseCode = "400", description = "validation_failed listing every field problem")
  public Response create(@NotNull TemplateRequest body, @Context UriInfo uri) {
    TemplateJson created = TemplateJson.of(templates.create(caller.actor(), body.toDraft()));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "The business's templates with their review status, newest first")
  public List<TemplateJson> list() {
    return templates.templates(caller.businessId()).stream().map(TemplateJson::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One template with its status and Meta's rejection reason")
  public TemplateJson template(@PathParam("id") long id) {
    return templates
        .template(caller.businessId(), id)
        .map(TemplateJson::of)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No template " + id));
  }
}
