/*
 * Văn bản đã phát hành: what the user's agency issued, from its register (GET /api/issued), with each
 * document's issued PDF. Reads the user's Tasklist session; text reaches the page through textContent only.
 */
(function () {
  'use strict';
  var LANGUAGE = (/(?:^|;\s*)vanthu-lang=(en|vi)/.exec(document.cookie) || [])[1] || 'vi';
  var TEXT = {
    vi: { none: 'Không có văn bản nào khớp.', found: 'Có {0} văn bản.', login: 'Hãy đăng nhập Tasklist trước.',
      failed: 'Không tải được danh sách (mã {0}).', open: 'Mở PDF', mat: 'MẬT' },
    en: { none: 'No document matches.', found: '{0} document(s).', login: 'Please log in to the Tasklist first.',
      failed: 'Could not load the list ({0}).', open: 'Open PDF', mat: 'CONFIDENTIAL',
      back: '← Tasklist', title: 'Issued documents', words: 'Number, symbol, summary, signer', from: 'From',
      to: 'To', find: 'Find', number: 'Number', date: 'Date', summary: 'Summary', signer: 'Signer', pdf: 'Issued PDF' }
  }[LANGUAGE];
  document.documentElement.lang = LANGUAGE;
  Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (el) {
    var key = el.getAttribute('data-text');
    if (TEXT[key]) { el.textContent = TEXT[key]; }
  });
  var body = document.querySelector('#issued tbody');
  var message = document.getElementById('message');

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text || '';
    row.appendChild(td);
    return td;
  }
  function show(list) {
    body.textContent = '';
    list.forEach(function (e) {
      var row = document.createElement('tr');
      cell(row, e.numberAndSymbol + (e.confidential ? ' (' + TEXT.mat + ')' : ''));
      cell(row, e.issuedOn.split('-').reverse().join('/'));
      cell(row, e.summary);
      cell(row, e.signer);
      var pdf = cell(row, '');
      if (e.pdf && /^\/api\//.test(e.pdf)) {
        var a = document.createElement('a');
        a.href = e.pdf;
        a.target = '_blank';
        a.rel = 'noopener';
        a.textContent = TEXT.open;
        pdf.appendChild(a);
      }
      body.appendChild(row);
    });
    message.textContent = list.length ? TEXT.found.replace('{0}', list.length) : TEXT.none;
  }
  function search() {
    var params = new URLSearchParams();
    ['q', 'from', 'to'].forEach(function (id) {
      var v = document.getElementById(id).value;
      if (v) { params.set(id, v); }
    });
    fetch('/api/issued?' + params.toString(), { credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (r) {
        if (r.status === 401) { throw new Error(TEXT.login); }
        if (!r.ok) {
          return r.json().catch(function () { return {}; }).then(function (p) {
            throw new Error(p.detail || TEXT.failed.replace('{0}', r.status));
          });
        }
        return r.json();
      }).then(show, function (e) { body.textContent = ''; message.textContent = e.message; });
  }
  document.getElementById('search').addEventListener('submit', function (event) {
    event.preventDefault();
    search();
  });
  search();
})();
