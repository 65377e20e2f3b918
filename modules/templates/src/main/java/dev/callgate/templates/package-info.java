/**
 * Call permission request templates (rules T1-T3): validation of every field, submission to the
 * Cloud API and the status that its webhook reports. Only approved templates can be sent.
 */
package dev.callgate.templates;
