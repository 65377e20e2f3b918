/**
 * Backing beans of the pages under {@code contacts/}: a customer's page with their call permission
 * per business number ({@code contacts/detail.xhtml}). The sentences that explain a pair (why a
 * request cannot go out now, how much of the limits is used) are plain classes here, so that a unit
 * test reads them without a server.
 */
package dev.callgate.console.view.contacts;
