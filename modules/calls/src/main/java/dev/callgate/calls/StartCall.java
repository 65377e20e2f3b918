package dev.callgate.calls;

import dev.callgate.kernel.input.MultiLine;

/**
 * What an agent's browser (or an integrator) sends to place a call.
 *
 * @param sdpOffer the browser's RFC 8866 audio offer (C2)
 * @param bizOpaqueCallbackData up to 512 characters Meta echoes in the call's webhooks
 */
public record StartCall(
    String waId,
    Long agentId,
    @MultiLine String sdpOffer,
    @MultiLine String bizOpaqueCallbackData) {}
