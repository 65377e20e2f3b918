/**
 * Bearer API-key authentication for REST and SOAP (rule A2): a servlet filter resolves the key to
 * one business before any resource runs, and a request-scoped bean tells resources who the caller
 * is. Every lookup is then scoped to that business.
 */
package dev.callgate.api.security;
