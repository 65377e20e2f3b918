/**
 * How templates are checked and kept: the T1 rules and the review-status policy as plain classes,
 * the entity with its repository, the use cases and the schema migration. Nothing outside the
 * templates module may use this package.
 */
package dev.callgate.templates.internal;
