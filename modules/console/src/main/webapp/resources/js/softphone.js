/*
 * The agent's softphone: the browser's own WebRTC places the call (audio-line.js), and Callgate
 * only relays the session descriptions (DESIGN.md). It sends the offer to the console
 * (/console/softphone/calls, as the signed-in agent), polls the call until Meta's answer arrives
 * and then until the call ends, and hangs up through Callgate, which sends terminate (C5);
 * call-words.js says how the call went.
 *
 * It works on the elements of the call dialog (includes/contacts/call.xhtml), looked up each time
 * because an ajax update may replace the dialog between calls. window.callgateSoftphone exposes
 * the live RTCPeerConnection (pc) and the call, so a test can read the connection's statistics.
 */
(function () {
  'use strict';

  var POLL_MS = 1000;
  // After a connected call ends, how many polls to wait for its wallet debit to be recorded.
  var DEBIT_POLLS = 15;
  var LIVE = ['preparing', 'dialing', 'ringing', 'connected', 'hanging-up'];
  var SHOWN = { ACCEPTED: ['connected', 'Connected'], RINGING: ['ringing', 'Ringing…'] };
  var line = window.callgateAudioLine;
  var words = window.callgateCallWords;

  var phone = { state: 'ready', callId: null, call: null, line: null, pc: null };
  Object.assign(phone, { dial: dial, hangUp: hangUp, reset: reset });
  var talkSince = null, debitPolls = 0;
  window.callgateSoftphone = phone;

  function part(name) {
    return document.getElementById('softphone' + name);
  }

  function live() {
    return LIVE.indexOf(phone.state) >= 0;
  }

  function show(state, text, detail) {
    phone.state = state;
    var root = part('');
    if (!root) {
      return;
    }
    root.dataset.state = state;
    root.dataset.callId = phone.callId || '';
    part('Status').textContent = text;
    if (detail !== undefined) {
      part('Detail').textContent = detail;
    }
    part('Dial').disabled = state !== 'ready';
    part('HangUp').disabled = !(live() && phone.callId && state !== 'hanging-up');
    part('Close').disabled = live();
  }

  function peer(text) {
    if (part('Peer')) {
      part('Peer').textContent = text;
    }
  }

  // keepalive: the request outlives the page that sends it
  async function send(method, path, body, keepalive) {
    var response = await fetch(part('').dataset.endpoint + path, {
      method: method,
      credentials: 'same-origin',
      cache: 'no-store',
      keepalive: !!keepalive,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if ((response.headers.get('Content-Type') || '').indexOf('application/json') < 0) {
      // the sign-in page instead of an answer: the console session has ended
      throw new Error('Your console session has ended: reload the page and sign in again.');
    }
    var json = await response.json();
    if (!response.ok) {
      var error = json.error || {};
      var text = error.message || 'The call was refused';
      text += error.rule ? ' (' + error.rule + ')' : '';
      throw new Error(error.until ? text + '. Possible again at ' + error.until : text);
    }
    return json;
  }

  // A closed connection fires no state change, so the audio line's text is set here.
  function release() {
    if (line.close(phone.line)) {
      peer('Audio link: closed');
    }
    talkSince = null;
  }

  async function dial() {
    if (phone.state !== 'ready') {
      return;
    }
    var where = part('').dataset;
    show('preparing', 'Opening the microphone…', '');
    try {
      phone.line = await line.offer(part('Audio'), function (state) {
        peer('Audio link: ' + state);
      });
      phone.pc = phone.line.pc;
      show('dialing', 'Calling…');
      var call = await send('POST', '', {
        numberId: where.numberId,
        waId: where.waId,
        sdpOffer: phone.line.sdp
      });
      phone.callId = call.id;
      follow(call);
      setTimeout(poll, POLL_MS, call.id);
    } catch (e) {
      release();
      show('failed', 'Not connected', e.message);
    }
  }

  function follow(call) {
    phone.call = call;
    if (call.sdpAnswer && phone.line) {
      line.answer(phone.line, call.sdpAnswer).catch(function (e) {
        peer('The answer could not be used: ' + e.message);
      });
    }
    if (call.ended) {
      release();
      show('ended', words.ending(call), words.charges(call));
    } else if (phone.state !== 'hanging-up') {
      // Callgate learns the answer time only with the end, so the running time is the browser's
      talkSince = call.status === 'ACCEPTED' ? talkSince || Date.now() : null;
      var shown = SHOWN[call.status] || ['dialing', 'Calling…'];
      show(shown[0], shown[1]);
    }
  }

  // Until the end, and after it until the debit is known: both arrive by webhook. A poll of a call
  // the dialog has since let go of (closed, or a new call dialled) stops.
  async function poll(id) {
    var call = phone.call;
    if (phone.callId !== id || !call) {
      return;
    }
    var waitingForDebit = call.ended && call.durationSeconds && !call.debit;
    if ((call.ended && !waitingForDebit) || (waitingForDebit && ++debitPolls > DEBIT_POLLS)) {
      return;
    }
    try {
      var now = await send('GET', '/' + id);
      if (phone.callId === id) {
        follow(now);
      }
    } catch (e) {
      part('Detail').textContent = e.message;
    }
    setTimeout(poll, POLL_MS, id);
  }

  // The agent's audio stops at once; the call shows as ended when Meta's terminate says so.
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
    phone.callId = phone.call = phone.line = phone.pc = null;
    debitPolls = 0;
    peer('');
    show('ready', 'Ready to dial', '');
  }

  setInterval(function () {
    if (part('Timer')) {
      part('Timer').textContent = talkSince ? words.clock((Date.now() - talkSince) / 1000) : '';
    }
  }, 250);

  // C5: leaving the page ends the agent's side of the call, so Callgate must hang up for it.
  window.addEventListener('pagehide', function () {
    if (phone.callId && live()) {
      send('POST', '/' + phone.callId + '/hangup', {}, true).catch(function () {});
    }
  });
})();
