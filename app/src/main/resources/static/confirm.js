// A form marked data-confirm asks before it is sent: destructive actions are never one stray click away.
document.addEventListener('submit', function (e) {
  var form = e.target;
  var question = form && form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    e.preventDefault();
  }
}, true);
