// the printable program's "In" button (no inline script: the content security policy forbids it)
document.querySelectorAll('[data-print]').forEach(function (b) {
  b.addEventListener('click', function () { window.print(); });
});
