/*
 * The agent's softphone: the browser's own WebRTC places the call, and Callgate only relays the
 * session descriptions (DESIGN.md). It opens the microphone, makes the SDP offer, sends it to the
 * console (/console/softphone/calls, as the signed-in agent), polls the call until Meta's answer
 * arrives and then until the call ends, and hangs up through Callgate, which sends terminate (C5).
 *
 * It works on the elements of the call dialog (includes/contacts/call.xhtml), found by id each time
 * because an ajax update may replace the dialog between calls. window.callgateSoftphone exposes
 * the live RTCPeerConnection and the call id, so a test can read the connection's statistics.
 */
(function () {
  'use strict';

  var POLL_MS = 1000;
  // No STUN or TURN servers: host candidates are gathered at once; this is only a safety net.
  var GATHERING_LIMIT_MS = 3000;
  // After a connected call ends, how many polls to wait for its wallet debit to be recorded.
  var DEBIT_POLLS = 15;

  var LIVE = ['preparing', 'dialing', 'ringing', 'connected', 'hanging-up'];

  var phone = {
    state: 'ready',
    callId: null,
    pc: null,
    stream: null,
    call: null,
    answered: false,
    talkBase: null,
    debitPolls: 0,
    dial: dial,
    hangUp: hangUp,
    reset: reset
  };
  window.callgateSoftphone = phone;

  function part(name) {
    return document.getElementById('softphone' + name);
  }

  function settings() {
    var root = document.getElementById('softphone');
    return {
      endpoint: root.dataset.endpoint,
      numberId: root.dataset.numberId,
      waId: root.dataset.waId
    };
  }

  function live() {
    return LIVE.indexOf(phone.state) >= 0;
  }

  function show(state, text, detail) {
    phone.state = state;
    var root = document.getElementById('softphone');
    if (!root) {
      return;
    }
    root.dataset.state = state;
    if (phone.callId) {
      root.dataset.callId = phone.callId;
    }
    part('Status').textContent = text;
    if (detail !== undefined) {
      part('Detail').textContent = detail;
    }
    part('Dial').disabled = state !== 'ready';
    part('HangUp').disabled = !(live() && phone.callId && state !== 'hanging-up');
    part('Close').disabled = live();
  }

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  async function send(method, path, body) {
    var response = await fetch(settings().endpoint + path, {
      method: method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    var type = response.headers.get('Content-Type') || '';
    if (type.indexOf('application/json') < 0) {
      // the sign-in page instead of an answer: the console session has ended
      throw new Error('Your console session has ended: reload the page and sign in again.');
    }
    var json = await response.json();
    if (!response.ok) {
      var error = json.error || {};
      var text = (error.message || 'The call was refused') + (error.rule ? ' (' + error.rule + ')' : '');
      if (error.until) {
        text += '. Possible again at ' + error.until;
      }
      throw new Error(text);
    }
    return json;
  }

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

  // A closed connection fires no state change, so the audio line is told here.
  function release() {
    if (phone.pc && phone.pc.connectionState !== 'closed') {
      phone.pc.close();
      if (part('Peer')) {
        part('Peer').textContent = 'Audio link: closed';
      }
    }
    if (phone.stream) {
      phone.stream.getTracks().forEach(function (track) {
        track.stop();
      });
      phone.stream = null;
    }
    phone.talkBase = null;
  }

  async function dial() {
    if (phone.state !== 'ready') {
      return;
    }
    var where = settings();
    show('preparing', 'Opening the microphone…', '');
    try {
      phone.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      var pc = new RTCPeerConnection();
      phone.pc = pc;
      phone.stream.getTracks().forEach(function (track) {
        pc.addTrack(track, phone.stream);
      });
      pc.ontrack = function (event) {
        part('Audio').srcObject = event.streams[0] || new MediaStream([event.track]);
      };
      pc.onconnectionstatechange = function () {
        part('Peer').textContent = 'Audio link: ' + pc.connectionState;
      };
      await pc.setLocalDescription(await pc.createOffer());
      // the offer goes out once, with its candidates: Callgate relays no trickled ones
      await gathered(pc);
      show('dialing', 'Calling…');
      var call = await send('POST', '', {
        numberId: where.numberId,
        waId: where.waId,
        sdpOffer: pc.localDescription.sdp
      });
      phone.callId = call.id;
      follow(call);
      setTimeout(poll, POLL_MS);
    } catch (e) {
      release();
      show('failed', 'Not connected', e.message);
    }
  }

  function follow(call) {
    phone.call = call;
    if (call.sdpAnswer && phone.pc && !phone.answered) {
      phone.answered = true;
      phone.pc.setRemoteDescription({ type: 'answer', sdp: call.sdpAnswer }).catch(function (e) {
        part('Peer').textContent = 'The answer could not be used: ' + e.message;
      });
    }
    if (!call.ended) {
      if (phone.state === 'hanging-up') {
        return;
      }
      if (call.status === 'ACCEPTED') {
        // Callgate learns the answer time only with the end, so the running time is the browser's
        phone.talkBase = phone.talkBase || Date.now();
        show('connected', 'Connected');
      } else if (call.status === 'RINGING') {
        show('ringing', 'Ringing…');
      } else {
        show('dialing', 'Calling…');
      }
      return;
    }
    release();
    show('ended', ending(call), charges(call));
  }

  function ending(call) {
    switch (call.status) {
      case 'COMPLETED':
        return 'Call ended · ' + clock(call.durationSeconds || 0);
      case 'REJECTED':
        return 'The customer declined the call';
      case 'MISSED':
        return call.missedBy === 'AGENT' ? 'Missed by the agent' : 'The customer did not answer';
      default:
        return 'The call failed' + (call.failure ? ': ' + call.failure : '');
    }
  }

  function charges(call) {
    if (call.cost === null) {
      return call.durationSeconds ? 'Working out the cost…' : 'No charge: the call was not connected.';
    }
    var text = 'Cost ' + call.costShown + ' ' + call.currency;
    if (call.pulses !== undefined) {
      text += ' (' + call.pulses + (call.pulses === 1 ? ' pulse' : ' pulses') + ')';
    }
    if (call.debit) {
      return text + ', debited from the wallet; balance ' + call.debit.balanceAfterShown + ' ' + call.currency + '.';
    }
    return text + '; the wallet debit is being recorded.';
  }

  // Until the end, and after it until the debit is known: the end and the debit arrive by webhook.
  async function poll() {
    if (!phone.callId) {
      return;
    }
    var call = phone.call;
    var waitingForDebit = call && call.ended && call.durationSeconds && !call.debit;
    if (call && call.ended && !waitingForDebit) {
      return;
    }
    if (waitingForDebit && ++phone.debitPolls > DEBIT_POLLS) {
      return;
    }
    try {
      follow(await send('GET', '/' + phone.callId));
    } catch (e) {
      part('Detail').textContent = e.message;
    }
    setTimeout(poll, POLL_MS);
  }

  // The agent's audio stops at once; the call shows as ended when Meta's terminate webhook says so.
  async function hangUp() {
    if (!phone.callId || !live() || phone.state === 'hanging-up') {
      return;
    }
    var before = phone.state;
    var text = part('Status').textContent;
    show('hanging-up', 'Hanging up…');
    try {
      var call = await send('POST', '/' + phone.callId + '/hangup', {});
      release();
      follow(call);
    } catch (e) {
      show(before, text, e.message);
    }
  }

  function reset() {
    if (live()) {
      return;
    }
    release();
    phone.callId = null;
    phone.call = null;
    phone.pc = null;
    phone.answered = false;
    phone.debitPolls = 0;
    var root = document.getElementById('softphone');
    if (root) {
      delete root.dataset.callId;
      part('Peer').textContent = '';
      part('Timer').textContent = '';
    }
    show('ready', 'Ready to dial', '');
  }

  setInterval(function () {
    var timer = part('Timer');
    if (timer) {
      timer.textContent = phone.talkBase ? clock((Date.now() - phone.talkBase) / 1000) : '';
    }
  }, 250);

  // C5: leaving the page ends the agent's side of the call, so Callgate must hang up for it.
  window.addEventListener('pagehide', function () {
    if (phone.callId && live()) {
      fetch(settings().endpoint + '/' + phone.callId + '/hangup', {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: '{}'
      });
    }
  });
})();
