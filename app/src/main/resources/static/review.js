// Review: collects the (edited) items into the proposal JSON and confirms it through the REST API.
(function () {
  var root = document.getElementById('review');
  if (!root) return;
  var box = document.getElementById('messages');

  // "22.000" and "61,53" as a Vietnamese reader writes them; "22000" and "61.53" too
  function vietnameseNumber(v) {
    var s = v.replace(/\s/g, '');
    if (s.indexOf(',') >= 0) s = s.replace(/\./g, '').replace(',', '.');
    else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
    return parseFloat(s);
  }

  function value(input) {
    var type = input.dataset.type;
    if (type === 'bool') return input.checked;
    var v = input.value.trim();
    if (type === 'flag') return v === 'true';
    if (v === '') return type === 'list' ? [] : null;
    if (type === 'number') return vietnameseNumber(v);
    if (type === 'list') return v.split(';').map(function (s) { return s.trim(); }).filter(Boolean);
    return v;
  }

  function collect(el) {
    var o = {};
    el.querySelectorAll('[data-field]').forEach(function (i) { o[i.dataset.field] = value(i); });
    var s = parseInt(el.dataset.start, 10), e = parseInt(el.dataset.end, 10);
    o.span = isNaN(s) || isNaN(e) ? null : {start: s, end: e};
    return o;
  }

  function proposal() {
    var p = {fileId: parseInt(root.dataset.file, 10), references: [], events: [], tasks: [], targets: [], results: []};
    p.document = collect(root.querySelector('[data-kind=document]'));
    delete p.document.span;
    root.querySelectorAll('.item[data-kind]').forEach(function (el) { p[el.dataset.kind].push(collect(el)); });
    ['events', 'targets', 'results'].forEach(function (k) {
      p[k].forEach(function (x) { if (x.value === null) x.value = 0; if (x.actual === null) x.actual = 0; });
    });
    return p;
  }

  function show(title, lines, ok) {
    box.hidden = false;
    box.className = 'messages ' + (ok ? 'ok' : 'error');
    box.textContent = '';
    var h = document.createElement('strong');
    h.textContent = title;
    box.appendChild(h);
    var ul = document.createElement('ul');
    (lines || []).forEach(function (l) { var li = document.createElement('li'); li.textContent = l; ul.appendChild(li); });
    box.appendChild(ul);
    box.scrollIntoView({block: 'start'});
  }

  function post(url, body) {
    return fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: body === undefined ? null : JSON.stringify(body)})
      .then(function (r) { return r.json().then(function (j) { return {ok: r.ok, body: j}; }); });
  }

  function problemLines(pd) {
    return pd.reasons ? pd.reasons.map(function (r) { return r.message; }) : [pd.detail || pd.title];
  }

  document.getElementById('confirm').addEventListener('click', function () {
    post(root.dataset.confirmUrl, proposal()).then(function (r) {
      if (r.ok) {
        show(root.dataset.msgConfirmed, [], true);
        location.href = root.dataset.docUrl + r.body.id;
      } else {
        show(root.dataset.msgRejected, problemLines(r.body), false);
      }
    });
  });

  document.getElementById('drop').addEventListener('click', function () {
    post(root.dataset.dropUrl).then(function () { location.href = root.dataset.batchUrl; });
  });

  // "có thể là nhiệm vụ": one click makes a line the engine did not take a task card, to be confirmed with the rest
  document.querySelectorAll('.add-candidate').forEach(function (button) {
    button.addEventListener('click', function (e) {
      e.stopPropagation();
      var candidate = button.closest('.candidate');
      var card = document.getElementById('task-template').content.firstElementChild.cloneNode(true);
      card.dataset.kind = 'tasks';
      card.querySelector('[data-field=text]').value = candidate.querySelector('.candidate-text').textContent;
      card.querySelector('[data-field=section]').value = candidate.dataset.section || '';
      card.dataset.start = candidate.dataset.start;
      card.dataset.end = candidate.dataset.end;
      document.getElementById('added-tasks').appendChild(card);
      var none = document.getElementById('no-tasks');
      if (none) none.hidden = true;
      candidate.remove();
      var left = document.querySelectorAll('.candidate').length;
      if (!left) document.getElementById('candidates').hidden = true;
      card.scrollIntoView({block: 'center'});
      card.querySelector('[data-field=lead]').focus();
    });
  });

  // clicking a name that did not resolve puts it in the lexicon form
  document.querySelectorAll('.chip.unresolved').forEach(function (chip) {
    chip.addEventListener('click', function (e) {
      e.stopPropagation();
      var form = document.getElementById('alias-form');
      form.alias.value = chip.dataset.raw;
      form.scrollIntoView({block: 'center'});
      form.target.focus();
    });
  });

  document.getElementById('alias-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var f = e.target;
    var target = f.target.value.split(':');
    post(root.dataset.aliasUrl, {alias: f.alias.value, kind: target[0], targetId: parseInt(target[1], 10)})
      .then(function (r) {
        if (r.ok) { location.reload(); } else { show(root.dataset.msgRejected, problemLines(r.body), false); }
      });
  });
})();
