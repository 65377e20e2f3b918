/*
 * The WhatsApp user's phone in a browser. It beats every second, which is how the sandbox knows to
 * hand this user's business calls to the page; it answers a call's SDP offer with this browser's
 * own WebRTC answer (microphone audio), and the user can hang up. Ringing, answering and talk time
 * follow the user's behaviour in the sandbox, which reports each step back through the heartbeat.
 *
 * window.sandboxPhone exposes the live RTCPeerConnection so that a test can read its statistics.
 */
(function () {
  'use strict';

  var BEAT_MS = 1000;
  // No STUN or TURN servers: host candidates are gathered at once, so this is only a safety net.
  var GATHERING_LIMIT_MS = 3000;

  var parts = location.pathname.split('/');
  var waId = parts[parts.length - 1];
  // "/sandbox/phone/<waId>" talks to "/sandbox/v1/phones/<waId>"
  var api = parts.slice(0, -2).join('/') + '/v1/phones/' + waId;

  // A phone page opened from another machine presents the sandbox's control token, given after
  // '#token=' in its address (the fragment never reaches a server or a Referer header).
  var token = new URLSearchParams(location.hash.slice(1)).get('token');
  var headers = { 'Content-Type': 'application/json' };
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }

  var phone = { waId: waId, callId: null, pc: null, stream: null, state: 'starting' };
  window.sandboxPhone = phone;

  var connectedSince = null;

  function el(id) {
    return document.getElementById(id);
  }

  function show(state, text) {
    phone.state = state;
    el('phone').dataset.state = state;
    el('status').textContent = text;
    el('hangUp').disabled = !(state === 'ringing' || state === 'connected');
  }

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      cache: 'no-store',
      headers: headers,
      body: JSON.stringify(body || {})
    });
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

  // A closed connection fires no state change, so the header is told here.
  function release() {
    if (phone.pc && phone.pc.connectionState !== 'closed') {
      phone.pc.close();
      el('peer').textContent = 'closed';
    }
    if (phone.stream) {
      phone.stream.getTracks().forEach(function (track) {
        track.stop();
      });
    }
    phone.stream = null;
    connectedSince = null;
  }

  async function answer(call) {
    phone.callId = call.callId;
    show('answering', 'Incoming call');
    el('from').textContent = 'from ' + call.from;
    try {
      phone.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      var pc = new RTCPeerConnection();
      phone.pc = pc;
      phone.stream.getTracks().forEach(function (track) {
        pc.addTrack(track, phone.stream);
      });
      pc.ontrack = function (event) {
        el('audio').srcObject = event.streams[0] || new MediaStream([event.track]);
      };
      pc.onconnectionstatechange = function () {
        el('peer').textContent = pc.connectionState;
      };
      await pc.setRemoteDescription({ type: 'offer', sdp: call.offer });
      await pc.setLocalDescription(await pc.createAnswer());
      await gathered(pc);
      var response = await post(api + '/calls/' + call.callId + '/answer', {
        sdp: pc.localDescription.sdp
      });
      if (!response.ok) {
        var refusal = await response.json().catch(function () {
          return null;
        });
        release();
        show('failed', refusal ? refusal.error.message : 'The sandbox refused the answer');
      }
    } catch (e) {
      release();
      show('failed', 'Could not answer: ' + e.message);
    }
  }

  function follow(state) {
    var user = state.user;
    el('name').textContent = user.name;
    el('behaviour').textContent =
      user.onCall === 'ANSWER'
        ? 'Answers after ' + user.answerAfterSeconds + ' s, talks ' + user.talkSeconds + ' s'
        : user.onCall === 'REJECT'
          ? 'Rejects calls'
          : 'Does not answer';
    var call = state.call;
    var mine = call && call.callId === phone.callId;
    if (call && call.state === 'offer' && !mine) {
      answer(call);
    } else if (!mine) {
      show('idle', 'Waiting for calls');
    } else if (call.state === 'ringing' && phone.state !== 'failed') {
      show('ringing', 'Ringing');
    } else if (call.state === 'connected' && phone.state !== 'failed') {
      connectedSince = connectedSince || Date.now();
      show('connected', 'On a call');
    } else if (call.state === 'ended' && phone.state !== 'ended') {
      release();
      show(
        'ended',
        call.durationSeconds == null ? 'Call ended' : 'Call ended · ' + clock(call.durationSeconds)
      );
    }
  }

  async function beat() {
    try {
      var response = await post(api + '/heartbeat');
      if (response.ok) {
        follow(await response.json());
      } else {
        show('offline', 'The sandbox does not answer (HTTP ' + response.status + ')');
      }
    } catch (e) {
      show('offline', 'The sandbox does not answer');
    } finally {
      setTimeout(beat, BEAT_MS);
    }
  }

  el('hangUp').addEventListener('click', function () {
    if (phone.callId) {
      post(api + '/calls/' + phone.callId + '/hangup');
      el('hangUp').disabled = true;
    }
  });

  setInterval(function () {
    el('timer').textContent = connectedSince ? clock((Date.now() - connectedSince) / 1000) : '';
  }, 250);

  el('waId').textContent = '+' + waId;
  beat();
})();
