/*
 * The live preview of the new-template form: header, body with each placeholder replaced by its
 * example, footer. Text is only ever set as text, never as HTML, so whatever is typed shows as typed.
 * When the body gains or loses a placeholder, the server is asked for the matching example inputs.
 */
var CallgateTemplatePreview = (function () {
  var PLACEHOLDER = /\{\{([1-9]\d{0,2})\}\}/g;
  var fitTimer = null;
  var askedFor = null;

  function value(id) {
    var input = document.getElementById(id);
    return input ? input.value : '';
  }

  // the example inputs are createForm:examples:<index>:example, index 0 for {{1}}
  function exampleInputs() {
    return document.querySelectorAll('[id^="createForm:examples:"][id$=":example"]');
  }

  function examples() {
    var found = {};
    exampleInputs().forEach(function (input) {
      var index = parseInt(input.id.split(':')[2], 10);
      found[String(index + 1)] = input.value;
    });
    return found;
  }

  function placeholders(text) {
    return new Set(text.match(PLACEHOLDER) || []).size;
  }

  // waits until typing pauses, then asks only if the count still differs, and once per body text,
  // so that a failing request is not repeated in a loop
  function fitExamples() {
    clearTimeout(fitTimer);
    fitTimer = setTimeout(function () {
      var text = value('createForm:body');
      var differs = placeholders(text) !== exampleInputs().length;
      if (differs && text !== askedFor && typeof fitTemplateExamples === 'function') {
        askedFor = text;
        fitTemplateExamples();
      }
    }, 300);
  }

  function show(id, text) {
    var part = document.getElementById(id);
    part.textContent = text;
    part.style.display = text.trim() ? '' : 'none';
  }

  function body(text, values) {
    var target = document.getElementById('previewBody');
    target.textContent = '';
    if (!text.trim()) {
      var hint = document.createElement('span');
      hint.className = 'cg-wa-hint';
      hint.textContent = 'The body text shows here.';
      target.appendChild(hint);
      return;
    }
    var last = 0;
    text.replace(PLACEHOLDER, function (match, number, at) {
      target.appendChild(document.createTextNode(text.substring(last, at)));
      var filled = document.createElement('span');
      filled.className = 'cg-wa-example';
      filled.textContent = values[number] ? values[number] : match;
      target.appendChild(filled);
      last = at + match.length;
      return match;
    });
    target.appendChild(document.createTextNode(text.substring(last)));
  }

  function render() {
    if (!document.getElementById('preview')) {
      return;
    }
    var bodyText = value('createForm:body');
    show('previewHeader', value('createForm:header'));
    body(bodyText, examples());
    show('previewFooter', value('createForm:footer'));
    if (placeholders(bodyText) !== exampleInputs().length) {
      fitExamples();
    }
  }

  document.addEventListener('DOMContentLoaded', render);
  return { render: render };
})();
