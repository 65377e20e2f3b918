package dev.callgate.api.rest;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.NumberView;
import dev.callgate.api.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Numbers")
public class NumbersResource {

  @EJB private BusinessService businesses;

  @Inject private CurrentCaller caller;

  /** A business number as the contract lists it. */
  public record NumberJson(
      String id, String displayPhoneNumber, String friendlyName, String wabaId, String country) {
    static NumberJson of(NumberView n) {
      return new NumberJson(
          n.id(), n.displayPhoneNumber(), n.friendlyName(), n.wabaId(), n.country());
    }
  }

  @GET
  @Operation(summary = "The caller's business phone numbers")
  public List<NumberJson> numbers() {
    return businesses.numbers(caller.businessId()).stream().map(NumberJson::of).toList();
  }
}
