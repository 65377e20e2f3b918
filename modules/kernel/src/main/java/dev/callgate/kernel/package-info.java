/**
 * The vocabulary every Callgate module shares: phone numbers ({@link dev.callgate.kernel.WaId},
 * {@link dev.callgate.kernel.BusinessNumber}), money and pulses, the one clock all rules read, and
 * the error model of the integrator API. Types here are plain value objects with no container
 * dependency, so rules built on them can be unit tested without a server.
 */
package dev.callgate.kernel;
