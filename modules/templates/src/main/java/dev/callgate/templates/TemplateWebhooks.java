package dev.callgate.templates;

import dev.callgate.cloudapi.webhook.TemplateStatusUpdate;

/**
 * Where the calls module hands template status webhooks. For now each update is recorded as it
 * came; template submission (T1) will build on it to move its templates' status.
 */
public interface TemplateWebhooks {

  void onStatus(TemplateStatusUpdate update);

  /** The latest status recorded for a template id, or null when none arrived. */
  String latestStatus(String templateId);
}
