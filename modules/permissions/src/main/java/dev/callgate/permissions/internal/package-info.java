/**
 * How permissions are stored: the schema migration at deployment and, for now, the recorded
 * permission webhooks. Nothing outside the permissions module may use this package.
 */
package dev.callgate.permissions.internal;
