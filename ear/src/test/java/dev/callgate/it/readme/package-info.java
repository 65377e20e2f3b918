/**
 * The README's walkthrough run as written against the test server, so that the commands a newcomer
 * copies can never drift from what Callgate answers.
 */
package dev.callgate.it.readme;
