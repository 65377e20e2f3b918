/**
 * MicroProfile Health readiness: Callgate is ready only when its database and its JMS broker
 * answer, so a load balancer never sends it traffic it cannot store. The checks sit in the EAR's
 * shared library so that every module's bean archive sees them.
 */
package dev.callgate.kernel.internal.health;
