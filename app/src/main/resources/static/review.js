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
        // the page reloads to show the names resolved anew; what was typed and not yet confirmed comes back
        if (r.ok) { saveDraft(); location.reload(); } else { show(root.dataset.msgRejected, problemLines(r.body), false); }
      });
  });

  // Unsaved edits survive the reload that teaching a name makes: kept in this tab's session storage, for this
  // file only, and put back once (server-rendered items by their order, added task cards by their source span).
  var draftKey = 'dondoc-review-' + root.dataset.file;

  function fieldsOf(el) {
    var o = {};
    el.querySelectorAll('[data-field]').forEach(function (i) {
      o[i.dataset.field] = i.type === 'checkbox' ? {c: i.checked} : {v: i.value};
    });
    return o;
  }

  function restoreFields(el, o) {
    el.querySelectorAll('[data-field]').forEach(function (i) {
      var s = o[i.dataset.field];
      if (!s) return;
      if ('c' in s) i.checked = s.c; else i.value = s.v;
    });
  }

  function itemKey(el) {
    return el.dataset.kind + ':' + (el.dataset.start || '') + ':' + (el.dataset.end || '');
  }

  function saveDraft() {
    var added = document.getElementById('added-tasks');
    var d = {document: fieldsOf(root.querySelector('[data-kind=document]')), items: [], added: []};
    root.querySelectorAll('.item[data-kind]').forEach(function (el) {
      if (added && added.contains(el)) d.added.push({start: el.dataset.start, f: fieldsOf(el)});
      else d.items.push({key: itemKey(el), f: fieldsOf(el)});
    });
    try { sessionStorage.setItem(draftKey, JSON.stringify(d)); } catch (e) { /* storage off: the reload loses them */ }
  }

  (function restoreDraft() {
    var raw = null;
    try { raw = sessionStorage.getItem(draftKey); sessionStorage.removeItem(draftKey); } catch (e) { return; }
    if (!raw) return;
    var d = JSON.parse(raw);
    restoreFields(root.querySelector('[data-kind=document]'), d.document);
    // by kind and source span, not by place: the names resolved anew may change the order of doubt
    var byKey = {};
    d.items.forEach(function (x) { (byKey[x.key] = byKey[x.key] || []).push(x.f); });
    root.querySelectorAll('.item[data-kind]').forEach(function (el) {
      var kept = byKey[itemKey(el)];
      if (kept && kept.length) restoreFields(el, kept.shift());
    });
    d.added.forEach(function (a) {
      var candidate = Array.prototype.find.call(document.querySelectorAll('.candidate'),
        function (c) { return c.dataset.start === a.start; });
      if (!candidate) return;
      candidate.querySelector('.add-candidate').click();
      var cards = document.querySelectorAll('#added-tasks .item');
      restoreFields(cards[cards.length - 1], a.f);
    });
  })();
})();
