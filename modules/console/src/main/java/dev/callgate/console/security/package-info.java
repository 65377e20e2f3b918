/**
 * Who is signed in to the console: the Jakarta Security form mechanism and identity store
 * (passwords, roles and sign-in throttling are accounts' business, never decided here), the
 * session's current agent, and the guard that keeps other sites from changing state through it.
 */
package dev.callgate.console.security;
