/**
 * The architecture test: module boundaries of DESIGN.md checked on the compiled classes of every
 * module, so a shortcut across modules fails the build instead of creeping in.
 */
package dev.callgate.architecture;
