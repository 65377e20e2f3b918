package dev.callgate.calls.internal;

import dev.callgate.accounts.NumberSettingsWebhooks;
import dev.callgate.cloudapi.webhook.AccountSettingsUpdate;
import dev.callgate.cloudapi.webhook.CallConnect;
import dev.callgate.cloudapi.webhook.CallStatus;
import dev.callgate.cloudapi.webhook.CallTerminate;
import dev.callgate.cloudapi.webhook.CustomerMessage;
import dev.callgate.cloudapi.webhook.PermissionReply;
import dev.callgate.cloudapi.webhook.PermissionStatus;
import dev.callgate.cloudapi.webhook.TemplateStatusUpdate;
import dev.callgate.cloudapi.webhook.WebhookEvent;
import dev.callgate.permissions.PermissionWebhooks;
import dev.callgate.templates.TemplateWebhooks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands each event to the module that owns what it is about; calls records call events and tells
 * permissions what they mean for the pair.
 */
@ApplicationScoped
public class WebhookDispatcher {

  @Inject private CallWebhooks calls;

  @Inject private Calls known;

  @EJB private PermissionWebhooks permissions;

  @EJB private TemplateWebhooks templates;

  @EJB private NumberSettingsWebhooks numbers;

  @Inject private CallFeedback feedback;

  public void dispatch(WebhookEvent event, long eventId) {
    if (event instanceof CallConnect c) {
      calls.connect(c, eventId);
      feedback.connected(c);
    } else if (event instanceof CallStatus s) {
      calls.status(s, eventId);
    } else if (event instanceof CallTerminate t) {
      calls.terminate(t, eventId);
      feedback.ended(t, known.byWaCallId(t.callId()).map(call -> call.direction().name()));
    } else if (event instanceof CustomerMessage m) {
      feedback.wrote(m);
    } else if (event instanceof PermissionReply r) {
      permissions.onReply(r);
    } else if (event instanceof PermissionStatus s) {
      permissions.onStatus(s);
    } else if (event instanceof TemplateStatusUpdate t) {
      templates.onStatus(t);
    } else if (event instanceof AccountSettingsUpdate a) {
      numbers.apply(a);
    } else {
      throw new IllegalStateException("No handler for " + event.kind());
    }
  }
}
