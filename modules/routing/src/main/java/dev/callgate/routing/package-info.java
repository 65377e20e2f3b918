/**
 * Inbound call routing (rules S2, R1-R8): agent presence, the offer chain of assignee, owner and
 * round robin over the number's pool, and ring timers.
 */
package dev.callgate.routing;
