/**
 * Black-box tests of the Cloud API simulator, driven over HTTP as Callgate's Cloud API client would
 * drive Meta, plus the clock hand-over to Callgate.
 */
package dev.callgate.it.sandbox;
