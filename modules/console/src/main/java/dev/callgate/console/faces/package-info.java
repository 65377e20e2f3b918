/**
 * Faces plumbing shared by every page: turning module refusals into faces messages, readable labels
 * for enums, and reading records from EL.
 */
package dev.callgate.console.faces;
