/**
 * How templates are stored: the schema migration at deployment and, for now, the recorded template
 * status webhooks. Nothing outside the templates module may use this package.
 */
package dev.callgate.templates.internal;
