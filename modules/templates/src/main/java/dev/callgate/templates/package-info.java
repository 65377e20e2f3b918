/**
 * Call permission request templates (rules T1-T3): {@link dev.callgate.templates.TemplateService}
 * checks every field, submits the template to the Cloud API and keeps the status that Meta's review
 * and its webhooks report. Only approved templates can be sent.
 */
package dev.callgate.templates;
