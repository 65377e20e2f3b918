/**
 * Meta's side of the Cloud API: per pair permission state, request and call limits, the known
 * business numbers, and Meta's error codes. These rules hold whatever Callgate does, so the sandbox
 * catches a Callgate that forgets one of them.
 */
package dev.callgate.sandbox.meta;
