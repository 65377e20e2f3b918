/*
 * What the softphone's dialog says about a call (softphone.js): the running time, how the call
 * ended, and what it cost. The cost comes rounded for display from the console (B3); the debit is
 * the wallet line that charged it.
 */
window.callgateCallWords = (function () {
  'use strict';

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
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
      return call.durationSeconds
        ? 'Working out the cost…'
        : 'No charge: the call was not connected.';
    }
    var text = 'Cost ' + call.costShown + ' ' + call.currency;
    if (call.pulses !== undefined) {
      text += ' (' + call.pulses + (call.pulses === 1 ? ' pulse' : ' pulses') + ')';
    }
    if (!call.debit) {
      return text + '; the wallet debit is being recorded.';
    }
    var balance = call.debit.balanceAfterShown + ' ' + call.currency;
    return text + ', debited from the wallet; balance ' + balance + '.';
  }

  return { clock: clock, ending: ending, charges: charges };
})();
