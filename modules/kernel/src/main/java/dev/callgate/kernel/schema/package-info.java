/**
 * Schema ownership: each module migrates its own tables with Flyway when it is deployed, then asks
 * Hibernate to validate its entities against them. Hibernate never generates schema.
 */
package dev.callgate.kernel.schema;
