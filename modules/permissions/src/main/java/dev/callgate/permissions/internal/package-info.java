/**
 * How permissions are decided: plain policy classes that the rule tests drive with a moving clock,
 * with no container, and (as the module grows) the entities and services built on them.
 */
package dev.callgate.permissions.internal;
