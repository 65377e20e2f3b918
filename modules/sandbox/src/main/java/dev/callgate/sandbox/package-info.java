/**
 * The sandbox: a stand-in for Meta's Cloud API and for the WhatsApp users, so that Callgate runs,
 * demos and is tested with no internet. It is deployed beside the EAR, never inside it, and shares
 * no code with Callgate's modules.
 */
package dev.callgate.sandbox;
