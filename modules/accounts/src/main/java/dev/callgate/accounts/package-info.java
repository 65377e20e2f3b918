/**
 * Accounts: the businesses that use Callgate, their WhatsApp business accounts and phone numbers
 * with calling settings, their agents, teams and roles, their contacts, the API keys integrators
 * use, and the audit log. Other modules use only the services and records here.
 */
package dev.callgate.accounts;
