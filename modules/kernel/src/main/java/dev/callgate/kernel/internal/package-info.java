/**
 * Kernel wiring that other modules must not depend on directly. It holds the CDI producer that
 * hands every module the same {@link dev.callgate.kernel.ShiftableClock}; inject {@code Clock} or
 * {@code ShiftableClock} instead of referring to these classes.
 */
package dev.callgate.kernel.internal;
