/**
 * Just enough SDP for signalling tests: checking an offer or answer the way Meta would, and making
 * the answer (for business calls) and the offer (for user calls) Meta's media side sends. No media
 * ever flows; the descriptions only have to be valid.
 */
package dev.callgate.sandbox.sdp;
