/**
 * What the Graph endpoints received, per business number and user, and the faults a test asks them
 * to show (a refusal, an outage, a slow answer). Tests count what reached "Meta" here rather than
 * trusting what Callgate answered.
 */
package dev.callgate.sandbox.intake;
