/**
 * Routing inside the server and over HTTP: presence as agents and integrations set it, concurrent
 * calls against free agents, and customers' calls rung through the chain with the sandbox playing
 * Meta and the customers.
 */
package dev.callgate.it.routing;
