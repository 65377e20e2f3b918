/*
 * One audio line over the browser's own WebRTC, for the softphone (softphone.js): the microphone,
 * one RTCPeerConnection, an offer that carries its candidates, the far end's answer, and closing.
 * Callgate relays exactly one description each way (no trickle ICE), so the offer is only given
 * out once ICE gathering is complete.
 */
window.callgateAudioLine = (function () {
  'use strict';

  // No STUN or TURN servers: host candidates are gathered at once; this is only a safety net.
  var GATHERING_LIMIT_MS = 3000;

  function gathered(pc) {
    return new Promise(function (resolve) {
      if (pc.iceGatheringState === 'complete') {
        resolve();
        return;
      }
      var timer = setTimeout(resolve, GATHERING_LIMIT_MS);
      pc.addEventListener('icegatheringstatechange', function () {
        if (pc.iceGatheringState === 'complete') {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }

  /**
   * Opens the microphone and makes the offer. The far end's audio plays in {@code speaker};
   * {@code onState} hears every connection state. Resolves to the line, whose {@code sdp} is
   * the offer to send.
   */
  async function offer(speaker, onState) {
    var line = { pc: null, stream: null, sdp: null, answered: false };
    line.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    var pc = new RTCPeerConnection();
    line.pc = pc;
    line.stream.getTracks().forEach(function (track) {
      pc.addTrack(track, line.stream);
    });
    pc.ontrack = function (event) {
      speaker.srcObject = event.streams[0] || new MediaStream([event.track]);
    };
    pc.onconnectionstatechange = function () {
      onState(pc.connectionState);
    };
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    line.sdp = pc.localDescription.sdp;
    return line;
  }

  /** Applies the far end's answer once; later calls with the same line do nothing. */
  function answer(line, sdp) {
    if (line.answered || line.pc.connectionState === 'closed') {
      return Promise.resolve();
    }
    line.answered = true;
    return line.pc.setRemoteDescription({ type: 'answer', sdp: sdp });
  }

  /** Stops the microphone and closes the connection; true if it was still open. */
  function close(line) {
    if (!line) {
      return false;
    }
    if (line.stream) {
      line.stream.getTracks().forEach(function (track) {
        track.stop();
      });
      line.stream = null;
    }
    if (line.pc && line.pc.connectionState !== 'closed') {
      line.pc.close();
      return true;
    }
    return false;
  }

  return { offer: offer, answer: answer, close: close };
})();
