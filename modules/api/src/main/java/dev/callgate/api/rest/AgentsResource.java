package dev.callgate.api.rest;

import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.Availability;
import dev.callgate.accounts.Role;
import dev.callgate.api.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
public class AgentsResource {

  @EJB private AgentService agents;

  @Inject private CurrentCaller caller;

  public record AgentJson(
      long id,
      String name,
      String email,
      Role role,
      Long teamId,
      Availability availability,
      boolean onCall) {
    static AgentJson of(AgentView a) {
      return new AgentJson(
          a.id(), a.name(), a.email(), a.role(), a.teamId(), a.availability(), a.onCall());
    }
  }

  public record AvailabilityRequest(@NotNull Availability availability) {}

  @GET
  @Operation(summary = "The business's agents with their availability")
  public List<AgentJson> agents() {
    return agents.agents(caller.businessId()).stream().map(AgentJson::of).toList();
  }

  @PUT
  @Path("/{agentId}/availability")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Switch an agent online or offline")
  public AgentJson availability(
      @PathParam("agentId") long agentId, @NotNull @Valid AvailabilityRequest body) {
    return AgentJson.of(agents.setAvailability(caller.actor(), agentId, body.availability()));
  }
}
