// Shows where an item came from: clicking an item marks its span [start, end) in the source text.
(function () {
  var source = document.getElementById('source');
  if (!source) return;
  var text = source.textContent;
  function show(start, end) {
    if (isNaN(start) || isNaN(end) || end <= start || end > text.length) return;
    source.textContent = '';
    source.appendChild(document.createTextNode(text.slice(0, start)));
    var mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    source.appendChild(mark);
    source.appendChild(document.createTextNode(text.slice(end)));
    mark.scrollIntoView({block: 'center', behavior: 'smooth'});
  }
  document.addEventListener('click', function (e) {
    var item = e.target.closest('[data-start]');
    if (!item || e.target.matches('input, textarea, select, button, a')) return;
    document.querySelectorAll('.selected').forEach(function (x) { x.classList.remove('selected'); });
    item.classList.add('selected');
    show(parseInt(item.dataset.start, 10), parseInt(item.dataset.end, 10));
  });
})();
