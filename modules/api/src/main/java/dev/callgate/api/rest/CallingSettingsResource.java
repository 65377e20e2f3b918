package dev.callgate.api.rest;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.CallingSettings;
import dev.callgate.api.security.CurrentCaller;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A number's calling settings (rule S1) in the contract's shape. */
@Path("/numbers/{numberId}/calling-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Numbers")
public class CallingSettingsResource {

  @EJB private BusinessService businesses;

  @Inject private CurrentCaller caller;

  /** The call hours part, nested as the contract nests it. */
  public record CallHoursJson(
      String status,
      String timezoneId,
      List<CallingSettings.WeeklyHours> weeklyOperatingHours,
      List<CallingSettings.Holiday> holidaySchedule) {}

  /**
   * The settings; {@code routing} stays null until the routing module stores a pool, rather than
   * showing a pool nobody configured.
   */
  public record CallingSettingsJson(
      String voiceCalls,
      String callButtons,
      String callbackRequests,
      CallHoursJson callHours,
      Object routing,
      String deepLink) {

    static CallingSettingsJson of(CallingSettings s) {
      return new CallingSettingsJson(
          s.voiceCalls(),
          s.callButtons(),
          s.callbackRequests(),
          new CallHoursJson(
              s.callHoursStatus(), s.timezoneId(), s.weeklyOperatingHours(), s.holidaySchedule()),
          null,
          s.deepLink());
    }
  }

  @GET
  @Operation(summary = "The calling settings of one of the caller's numbers")
  public CallingSettingsJson settings(@PathParam("numberId") String numberId) {
    return businesses
        .number(caller.businessId(), numberId)
        .map(n -> CallingSettingsJson.of(n.settings()))
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId));
  }
}
