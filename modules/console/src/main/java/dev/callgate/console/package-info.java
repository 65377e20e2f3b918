/**
 * The console WAR, mounted at {@code /console}: the Jakarta Faces pages agents and business
 * administrators work in, and the channel of the agent's softphone. It holds no business rules:
 * every decision is made by the module services it calls, with the signed-in agent as the audited
 * actor.
 */
package dev.callgate.console;
