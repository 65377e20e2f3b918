/**
 * The control API under {@code /sandbox/v1}: tell simulated users how to behave, make them call or
 * change their permission, move the shared clock, and look at what was delivered. It speaks
 * camelCase JSON like Callgate's own API, not Meta's Graph style, and answers this machine only (or
 * the holder of {@code sandbox.control-token}), never another site's page.
 */
package dev.callgate.sandbox.control;
