/**
 * How the REST API reads what callers send: one JSON body reader that decodes strict UTF-8, refuses
 * deep nesting and duplicate keys, and checks every value against the Java type it binds to (the
 * rules of {@code dev.callgate.kernel.input}) before JSON-B sees it; and query parameter converters
 * that name the parameter they refuse. Every refusal is a {@code validation_failed} listing each
 * field by its JSON path.
 */
package dev.callgate.api.input;
