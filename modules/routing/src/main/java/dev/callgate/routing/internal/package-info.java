/**
 * Routing's implementation: the presence, ring and offer tables, the plain policies that decide
 * (eligibility, the offer chain, round robin, opening hours), and the timers that move rings on.
 * Every decision of a business runs under that business's row in {@code routing_business_lock}.
 */
package dev.callgate.routing.internal;
