/**
 * How permissions are decided and stored: plain policy classes that the rule tests drive with a
 * moving clock, with no container; the schema migration at deployment; and, for now, the recorded
 * permission webhooks. Nothing outside the permissions module may use this package.
 */
package dev.callgate.permissions.internal;
