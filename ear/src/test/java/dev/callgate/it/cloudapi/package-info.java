/**
 * The Cloud API client inside the server: Fault Tolerance against a dead or silent upstream,
 * account resolution from the WABA rows and configuration, and (tag {@code sandbox}) every endpoint
 * and error mapping against the Cloud API simulator.
 */
package dev.callgate.it.cloudapi;
