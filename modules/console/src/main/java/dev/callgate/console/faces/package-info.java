/**
 * Faces plumbing shared by every page: turning module refusals into faces messages, readable labels
 * for enums and instants, reading records from EL, the rules' clock, and the names behind the
 * principals modules record.
 */
package dev.callgate.console.faces;
