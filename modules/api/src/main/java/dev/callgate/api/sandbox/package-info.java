/**
 * Callgate's side of the sandbox: the endpoint through which the Cloud API simulator moves
 * Callgate's clock together with its own. It exists only when {@code callgate.sandbox.enabled} is
 * true; in production it answers 404.
 */
package dev.callgate.api.sandbox;
