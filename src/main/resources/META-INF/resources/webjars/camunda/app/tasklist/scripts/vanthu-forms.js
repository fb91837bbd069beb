/*
 * vanthu: the code shared by the embedded forms in /forms/*.html (static/forms in the application).
 *
 * Loaded once by the Tasklist before it starts (config.js: customScripts: ['scripts/vanthu-forms'], which
 * the Tasklist imports as /camunda/app/tasklist/scripts/vanthu-forms.js). It exports nothing (the Tasklist
 * would take a default export for a plugin) and only defines window.vanthuForms; each form's
 * <script cam-script type="text/form-script"> calls it with its camForm and $scope:
 *
 *   var vt = window.vanthuForms.taskForm(camForm, $scope, { commentFor: ['return'] });
 *   vt.loadView(vt.showLatest);   // GET /api/tasks/{camForm.taskId}/view, then the latest PDF
 *   vt.onSubmit();                // sets decision and comment, or refuses an incomplete form
 *
 * Text from the server reaches the page only through Angular bindings on $scope.ui (escaped) and the
 * iframe's src (same-origin paths only): nothing here builds HTML.
 */
(function (window) {
  'use strict';

  var STEPS = {
    'bat-dau': 'Khởi tạo văn bản',
    'soan-thao': 'Soạn thảo, hoàn thiện dự thảo',
    'truong-phong-duyet': 'Trưởng phòng duyệt',
    'lanh-dao-so-ky': 'Lãnh đạo Sở ký',
    'van-thu-so-phat-hanh': 'Văn thư Sở cấp số, phát hành',
    'cho-y-kien': 'Cơ quan được hỏi cho ý kiến',
    'tong-hop-y-kien': 'Tổng hợp, tiếp thu, giải trình ý kiến',
    'lanh-dao-so-ky-to-trinh': 'Lãnh đạo Sở ký văn bản trình',
    'van-thu-so-cap-so': 'Văn thư Sở cấp số văn bản trình',
    'vp-ubnd-tham-dinh': 'Văn phòng UBND thẩm định',
    'lanh-dao-ubnd-ky': 'Lãnh đạo UBND tỉnh ký',
    'van-thu-ubnd-phat-hanh': 'Văn thư UBND cấp số, phát hành'
  };
  var DECISIONS = {
    approve: 'Đồng ý', 'return': 'Trả lại', sign: 'Ký', reject: 'Không ký', agree: 'Nhất trí',
    comment: 'Có ý kiến', submit: 'Trình', issue: 'Cấp số và phát hành'
  };
  var ANSWERS = { AGREED: 'Nhất trí', COMMENTED: 'Có ý kiến', EXPIRED: 'Quá hạn, không trả lời', PENDING: 'Chưa trả lời' };

  /** only same-origin paths ("/api/…") go into the iframe or a link */
  function safeUrl(u) {
    return (typeof u === 'string' && /^\/(?![\/\\])/.test(u)) ? u : '';
  }
  /** the version with a PDF and the highest number (among those accept() takes, when given), or null */
  function latestVersion(versions, accept) {
    var best = null;
    (versions || []).forEach(function (v) {
      if (v && safeUrl(v.pdf) && (!accept || accept(v)) && (!best || v.version > best.version)) { best = v; }
    });
    return best;
  }
  /** the non-empty trimmed lines of a textarea */
  function lines(text) {
    return String(text || '').split(/\r?\n/).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
  }

  /** GET with the Tasklist session (same origin, cookies); rejects with e.status on an HTTP error */
  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) {
        if (!r.ok) { var e = new Error('HTTP ' + r.status); e.status = r.status; throw e; }
        return r.json();
      });
  }
  /** what the form says, in Vietnamese, when loading `what` failed */
  function failure(what, e) {
    var s = e && e.status;
    if (s === 401) { return 'Không tải được ' + what + ': phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.'; }
    if (s === 403) { return 'Không tải được ' + what + ': đồng chí không có quyền xem.'; }
    if (s === 404) { return 'Không tải được ' + what + ': không tìm thấy dữ liệu (công việc có thể đã được người khác xử lý).'; }
    return 'Không tải được ' + what + (s ? ' (máy chủ trả về mã ' + s + ')' : ' (lỗi kết nối)')
      + '. Hãy tải lại trang; nếu vẫn lỗi, đề nghị báo quản trị hệ thống.';
  }

  /**
   * What every form has: $scope.ui, the names of steps, decisions and answers, allowed(), showVersion(),
   * and setVariable() on camForm's variable manager.
   */
  function form(camForm, $scope, ui) {
    $scope.ui = ui;
    $scope.stepName = function (id) { return STEPS[id] || id || ''; };
    $scope.decisionName = function (d) { return DECISIONS[d] || d || ''; };
    $scope.answerName = function (a) { return a ? (ANSWERS[a] || a) : 'Chưa trả lời'; };
    /** a choice is offered unless the server lists the decisions and this one is not among them */
    $scope.allowed = function (d) {
      var v = ui.view;
      return !v || !v.decisions || !v.decisions.length || v.decisions.indexOf(d) >= 0;
    };
    /** shows version v (its PDF in the frame and the links), or none */
    $scope.showVersion = function (v) {
      ui.shown = v || null;
      var url = v ? safeUrl(v.pdf) : '';
      ui.pdf = url;
      var root = camForm.formElement && camForm.formElement[0];
      var frame = root && root.querySelector('iframe.vt-pdf');
      if (frame) { frame.setAttribute('src', url || 'about:blank'); }
    };

    /** sets a process variable on completion, whether or not the form declared it before */
    function setVariable(name, type, value) {
      var vm = camForm.variableManager;
      var v = vm.variable(name);
      if (v) {
        v.type = type;
        v.value = value;
        v.originalValue = undefined;
      } else {
        vm.createVariable({ name: name, type: type, value: value, isDirty: true });
      }
    }

    return {
      ui: ui,
      getJson: getJson,
      failure: failure,
      lines: lines,
      latestVersion: latestVersion,
      setVariable: setVariable,
      showVersion: $scope.showVersion
    };
  }

  // The Tasklist page is served with a CSP "sandbox" (Camunda's default header). Chromium then shows no PDF
  // in a frame of the page, nor in a window the page opens unless the policy lets popups escape the
  // sandbox: read the page's own policy and offer only what works (a download always does).
  function detectPdfPolicy($scope, ui) {
    ui.pdfInline = false;
    ui.pdfPopup = false;
    fetch(window.location.pathname, { method: 'HEAD', credentials: 'same-origin' }).then(function (r) {
      var sandbox = /(?:^|;)\s*sandbox\b([^;]*)/i.exec(String(r.headers.get('Content-Security-Policy') || ''));
      $scope.$evalAsync(function () {
        ui.pdfInline = !sandbox;
        ui.pdfPopup = !sandbox || /allow-popups-to-escape-sandbox/i.test(sandbox[1]);
      });
    }, function () { /* no answer: keep the download only */ });
  }

  /** The start form (khoi-tao): no task, no view; it loads /api/me/defaults itself. */
  function startForm(camForm, $scope) {
    return form(camForm, $scope, { loading: true, error: '' });
  }

  /**
   * A task form: ui with the view, the PDF shown and the decision and comment; the PDF policy is read at once.
   * options.commentFor: the decisions that need a comment ($scope.vtNeedsComment(), checked on submit).
   */
  function taskForm(camForm, $scope, options) {
    var commentFor = (options && options.commentFor) || [];
    var ui = { loading: true, error: '', view: null, pdf: '', shown: null, decision: '', comment: '' };
    var vt = form(camForm, $scope, ui);
    detectPdfPolicy($scope, ui);

    function vtNeedsComment() { return commentFor.indexOf(ui.decision) >= 0; }
    if (commentFor.length) { $scope.vtNeedsComment = vtNeedsComment; }

    /** GET /api/tasks/{id}/view into ui.view, then then(view); a failure goes to ui.error */
    vt.loadView = function (then) {
      getJson('/api/tasks/' + encodeURIComponent(camForm.taskId) + '/view').then(function (view) {
        $scope.$evalAsync(function () {
          ui.loading = false;
          ui.view = view || {};
          if (then) { then(ui.view); }
        });
      }, function (e) {
        $scope.$evalAsync(function () {
          ui.loading = false;
          ui.error = failure('hồ sơ văn bản', e);
        });
      });
    };
    /** shows the latest version that has a PDF */
    vt.showLatest = function (view) {
      $scope.showVersion(latestVersion(view.versions));
    };

    /**
     * On submit: refused (the task stays open) until the view is loaded, a decision is chosen (or
     * submit.decision fixes it), its mandatory comment written and submit.ready() agrees (then
     * submit.refused() runs); else submit.variables() sets the form's own variables, then `decision`
     * and `comment` are set.
     */
    vt.onSubmit = function (submit) {
      submit = submit || {};
      camForm.on('submit', function () {
        var decision = submit.decision || ui.decision;
        if (!ui.view || !decision || (vtNeedsComment() && !ui.comment) || (submit.ready && !submit.ready())) {
          camForm.submitPrevented = true;
          if (submit.refused) { submit.refused(); }
          return;
        }
        if (submit.variables) { submit.variables(); }
        vt.setVariable('decision', 'String', decision);
        vt.setVariable('comment', 'String', ui.comment || '');
      });
    };
    return vt;
  }

  window.vanthuForms = { startForm: startForm, taskForm: taskForm };
})(window);
