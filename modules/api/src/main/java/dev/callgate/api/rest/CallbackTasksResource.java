package dev.callgate.api.rest;

import dev.callgate.api.security.CurrentCaller;
import dev.callgate.calls.CallbackStatus;
import dev.callgate.calls.CallbackTaskView;
import dev.callgate.calls.CallbackTasks;
import dev.callgate.calls.Page;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers to call back after their call was missed by agent (R7). */
@Path("/callback-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class CallbackTasksResource {

  @EJB private CallbackTasks tasks;

  @Inject private CurrentCaller caller;

  /** A task, with the miss reason in the contract's lower case. */
  public record TaskJson(
      long id,
      String numberId,
      String waId,
      Long agentId,
      CallbackStatus status,
      long missedCallId,
      int missedCalls,
      String reason,
      Instant createdAt,
      Instant closedAt,
      Long closedByCallId) {
    static TaskJson of(CallbackTaskView t) {
      return new TaskJson(
          t.id(),
          t.numberId(),
          t.waId(),
          t.agentId(),
          t.status(),
          t.missedCallId(),
          t.missedCalls(),
          t.reason() == null ? null : t.reason().wire(),
          t.createdAt(),
          t.closedAt(),
          t.closedByCallId());
    }
  }

  public record PageJson(List<TaskJson> items, int page, int size, long total) {
    static PageJson of(Page<CallbackTaskView> page) {
      return new PageJson(
          page.items().stream().map(TaskJson::of).toList(), page.page(), page.size(), page.total());
    }
  }

  @GET
  @Operation(summary = "Callback tasks, newest first; OPEN until a call with the customer connects")
  public PageJson list(
      @QueryParam("agentId") String agentId,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParameters q = new QueryParameters();
    Integer agent = q.integer("agentId", agentId, 1);
    CallbackStatus wanted = q.constant("status", status, CallbackStatus.class);
    Integer pageNumber = q.integer("page", page, 0);
    Integer pageSize = q.integer("size", size, 1);
    q.check();
    return PageJson.of(
        tasks.tasks(
            caller.businessId(),
            agent == null ? null : agent.longValue(),
            wanted,
            pageNumber == null ? 0 : pageNumber,
            pageSize == null ? 20 : pageSize));
  }
}
