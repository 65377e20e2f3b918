/**
 * The rules every face of Callgate (REST, SOAP, webhooks, console) applies to what a caller sends
 * before any module sees it: text without control characters or broken UTF-16, whole numbers that
 * fit their type exactly, dates in a sane range, and bodies read up to a byte limit. One copy of
 * each rule, so that the faces refuse the same values with the same words.
 */
package dev.callgate.kernel.input;
