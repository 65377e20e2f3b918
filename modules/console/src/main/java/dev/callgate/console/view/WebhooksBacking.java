package dev.callgate.console.view;

import dev.callgate.calls.WebhookEventStatus;
import dev.callgate.calls.WebhookEventView;
import dev.callgate.calls.WebhookEvents;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The webhook events Meta sent for the business's numbers, dead letters first: an operator sees
 * what could not be processed and why, and replays it once the cause is fixed.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The newest events are what an operator looks at; older ones stay in the store. */
  private static final int SHOWN = 200;

  @EJB private WebhookEvents events;

  @Inject private CurrentAgent me;

  private WebhookEventStatus status = WebhookEventStatus.DEAD;

  private transient List<WebhookEventView> shown;

  public List<WebhookEventView> getEvents() {
    if (shown == null) {
      shown = events.list(me.getBusinessId(), status, null, SHOWN);
    }
    return shown;
  }

  public WebhookEventStatus[] getStatuses() {
    return WebhookEventStatus.values();
  }

  public WebhookEventStatus getStatus() {
    return status;
  }

  public void setStatus(WebhookEventStatus status) {
    this.status = status;
    shown = null;
  }

  public void replay(long eventId) {
    try {
      events
          .replay(me.actor(), eventId)
          .ifPresentOrElse(
              e -> Messages.info("Event " + e.id() + " replayed", "It is processed again now."),
              () -> Messages.error(null, "No event " + eventId));
    } catch (CallingException refused) {
      Messages.refused(refused);
    }
    shown = null;
  }
}
