/**
 * The HTTP implementation of the Cloud API client: request bodies, response readers, the one table
 * that turns Meta's errors into Callgate's, and the Fault Tolerance policies. Nothing here is used
 * outside this module; callers see {@link dev.callgate.cloudapi.CloudApi}.
 */
package dev.callgate.cloudapi.internal;
