/**
 * The REST resources under {@code /api/v1}, named for what they serve. They read the caller's
 * business from {@link dev.callgate.api.security.CurrentCaller}, call module services, and map
 * module records to the contract's JSON with small records of their own.
 */
package dev.callgate.api.rest;
