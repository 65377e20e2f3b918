/**
 * The sandbox's one clock and the timers that read it. Advancing the clock fires every timer that
 * became due at once, so 24-hour and 7-day windows and call timeouts are crossed in seconds.
 */
package dev.callgate.sandbox.time;
