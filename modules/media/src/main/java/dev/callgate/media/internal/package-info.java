/**
 * How media is checked and handled: the SDP reader behind {@link dev.callgate.media.SdpOffer}.
 * Nothing outside the media module may use this package.
 */
package dev.callgate.media.internal;
