/*
 * vanthu: two links in the Tasklist's navigation bar (a plugin of the "tasklist.navbar.action" point):
 * "Văn bản đã phát hành", the documents the user's agency issued (searchable, with their PDFs), and the
 * switch between Vietnamese and English, which vanthu keeps with the user. DOM built with textContent only.
 */
const LANGUAGE = (/(?:^|;\s*)vanthu-lang=(en|vi)/.exec(document.cookie) || [])[1] || 'vi';
const TEXT = {
  vi: { issued: 'Văn bản đã phát hành', other: 'English', otherCode: 'en', title: 'Chuyển sang tiếng Anh' },
  en: { issued: 'Issued documents', other: 'Tiếng Việt', otherCode: 'vi', title: 'Switch to Vietnamese' }
}[LANGUAGE];

function link(text, href, className) {
  const a = document.createElement('a');
  a.textContent = text;
  a.href = href;
  a.className = className;
  return a;
}

export default {
  id: 'vanthu-nav',
  pluginPoint: 'tasklist.navbar.action',
  priority: 500,
  render: (node) => {
    const bar = document.createElement('span');
    bar.className = 'vt-nav';
    node.appendChild(bar);
    bar.appendChild(link(TEXT.issued, '/van-ban/da-phat-hanh.html', 'vt-nav-issued'));
    const language = link(TEXT.other, '#', 'vt-nav-language');
    language.title = TEXT.title;
    language.addEventListener('click', (event) => {
      event.preventDefault();
      fetch('/api/me/language', {
        method: 'PUT', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        body: JSON.stringify({ language: TEXT.otherCode })
      }).then((r) => { if (r.ok) { window.location.reload(); } });
    });
    bar.appendChild(language);
    follow();
  }
};

/**
 * The language is the logged-in user's, not the browser's: GET /api/me sets the cookie from the user's own
 * choice, and when it differs from what this page was drawn in (another user logged in on this browser)
 * the page is drawn again, once.
 */
function follow() {
  fetch('/api/me', { credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then((r) => (r.ok ? r.json() : null))
    .then((me) => {
      const tried = window.sessionStorage.getItem('vanthu-lang-followed');
      if (me && me.language !== LANGUAGE && tried !== me.user + ':' + me.language) {
        window.sessionStorage.setItem('vanthu-lang-followed', me.user + ':' + me.language);
        window.location.reload();
      }
    })
    .catch(() => {});
}
