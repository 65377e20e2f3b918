/**
 * Inbound call routing (rules C3, S2, R1-R12): agent presence and reachability, the offer chain of
 * a signed payload's agent, the chat's assignee, the contact's owner and the number's pool (round
 * robin, ordered or ring-all), ring timers and the no-answer streak. It sits below calls and tells
 * it what happened through {@link dev.callgate.routing.RingEnded} and the offer events.
 */
package dev.callgate.routing;
