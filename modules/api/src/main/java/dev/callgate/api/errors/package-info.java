/**
 * The one error shape of the integrator contract, {@code {"error": {...}}}, and the JAX-RS
 * exception mappers that turn every failure, ours or the framework's, into it.
 */
package dev.callgate.api.errors;
