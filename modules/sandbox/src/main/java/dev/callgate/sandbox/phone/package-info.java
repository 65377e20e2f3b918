/**
 * The phone page: a WhatsApp user's phone played in a real browser. While it is open, business
 * calls to that user are answered by the page's own WebRTC stack, so an agent's softphone has a
 * real peer to send audio to and hear from. The page's script talks to the control API ({@code
 * /sandbox/v1/phones}).
 */
package dev.callgate.sandbox.phone;
