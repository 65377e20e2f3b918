package dev.callgate.templates;

import dev.callgate.cloudapi.webhook.TemplateStatusUpdate;

/**
 * Where the calls module hands template status webhooks (T2). Each one is recorded as it came and
 * moves the status of the template it is about; one about an unknown template is only recorded.
 */
public interface TemplateWebhooks {

  void onStatus(TemplateStatusUpdate update);

  /** The latest status recorded for one of Meta's template ids, or null when none arrived. */
  String latestStatus(String templateId);
}
