/**
 * Who is signed in to the console and what they may do: the Jakarta Security form mechanism and
 * identity store (passwords are checked by accounts, never here), the session's current agent, and
 * the console-side permission policies of rule A1.
 */
package dev.callgate.console.security;
