/*
 * vanthu: the code shared by the embedded forms in /forms/*.html (static/forms in the application).
 *
 * Loaded once by the Tasklist before it starts (config.js customScripts). It exports nothing (the Tasklist
 * would take a default export for a plugin) and only defines window.vanthuForms; each form's
 * <script cam-script type="text/form-script"> calls it with its camForm and $scope:
 *
 *   var vt = window.vanthuForms.taskForm(camForm, $scope);
 *   vt.loadView();                 // GET /api/tasks/{id}/view; shows the version the decision applies to
 *   vt.onSubmit({ body: …, ready: … });   // "Hoàn thành" posts the decision to /api/tasks/{id}/complete
 *
 * Every write goes through vanthu's API, never through Camunda's form submission (which users may not
 * use): the form prevents Camunda's submit, posts JSON itself, shows each refused field beside its
 * control, and on success closes the task. Text from the server reaches the page only through Angular
 * bindings (escaped); nothing here builds HTML.
 */
(function (window) {
  'use strict';

  var TEXT = {
    vi: {
      loading: 'Đang tải hồ sơ văn bản…', loadingDefaults: 'Đang tải thông tin cơ quan, người ký…',
      step: 'Bước', state: 'Tình trạng', decidesOn: 'Văn bản cần quyết định', version: 'phiên bản',
      noPdf: 'Chưa có bản PDF của văn bản.', download: 'Tải bản PDF về máy', openWindow: 'Mở bản PDF trong cửa sổ mới',
      noInline: 'Trình duyệt không hiển thị bản PDF ngay trong Tasklist: bấm „Tải bản PDF về máy“ để xem.',
      attachments: 'Văn bản kèm theo', changes: 'Thay đổi so với phiên bản', changesPdf: 'Bảng so sánh (PDF)',
      noChanges: 'Nội dung không thay đổi.', part: 'Phần', versions: 'Các phiên bản', kind: 'Văn bản',
      mode: 'Dạng', by: 'Người tạo', at: 'Thời điểm', show: 'Xem', history: 'Quá trình xử lý, ý kiến',
      noHistory: 'Chưa có ý kiến nào.', actor: 'Người xử lý', decision: 'Ý kiến', content: 'Nội dung',
      yourDecision: 'Ý kiến xử lý', comment: 'Ý kiến', required: '(bắt buộc)',
      commentHint: 'Nhập ý kiến, nội dung cần sửa…', pick: 'Chọn ý kiến xử lý, rồi bấm „Hoàn thành“.',
      press: 'Bấm „Hoàn thành“ để gửi ý kiến „{0}“.', needComment: 'Phải nhập ý kiến khi chọn „{0}“.',
      sending: 'Đang gửi…', done: 'Đã ghi nhận ý kiến „{0}“.', issuing: 'Đang cấp số…',
      issued: 'Đã cấp số {0}.', issuedLater: 'Văn bản đang được cấp số; số sẽ có trong „Văn bản đã phát hành“.',
      refused: 'Chưa gửi được: {0}', fixFields: 'Hãy sửa các ô có ghi chú đỏ.', returnComment: 'Ý kiến khi trả lại',
      signer: 'Người ký', chooseSigner: 'Chọn người ký', consulted: 'Xin ý kiến các cơ quan', days: 'Thời hạn trả lời (số ngày làm việc)',
      type: 'Loại văn bản', summary: 'Trích yếu', recipients: 'Kính gửi (mỗi nơi một dòng)',
      noiNhan: 'Nơi nhận (mỗi nơi một dòng)', body: 'Nội dung',
      distribution: 'Nơi nhận khác (mỗi nơi một dòng)', startHint: 'Bấm „Khởi tạo“ để tạo dự thảo; bước tiếp theo là soạn thảo, hoàn thiện dự thảo.',
      started: 'Đã tạo dự thảo và bắt đầu quy trình.', answers: 'Ý kiến của các cơ quan', agency: 'Cơ quan',
      answer: 'Trả lời', accept: 'Tiếp thu', explain: 'Giải trình', yes: 'Có', no: 'Không',
      explanation: 'Giải trình (bắt buộc khi không tiếp thu)', acceptHint: 'Ý kiến đã tiếp thu phải được sửa vào dự thảo bên dưới trước khi trình ký.',
      edit: 'Dự thảo', loadFailed: 'Không tải được {0}', sessionOver: 'phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.',
      forbidden: 'đồng chí không có quyền xem.', gone: 'không tìm thấy (công việc có thể đã được người khác xử lý).',
      server: 'máy chủ trả về mã {0}. Hãy tải lại trang; nếu vẫn lỗi, đề nghị báo quản trị hệ thống.',
      network: 'lỗi kết nối.', dossier: 'hồ sơ văn bản', defaults: 'thông tin cơ quan, người ký',
      noScript: 'Không tải được mã dùng chung của biểu mẫu (vanthu-forms.js). Hãy tải lại trang.',
      pin: 'Mã PIN của khóa ký số', pinHint: 'Mã PIN mở khóa ký số của đồng chí; vanthu không lưu mã này.',
      sendTo: 'Gửi đến', recipient: 'Nơi nhận', how: 'Cách gửi', fromLines: 'Theo dòng',
      kindAGENCY: 'Cơ quan trong hệ thống (vào sổ văn bản đến)', kindEXTERNAL: 'Cơ quan ngoài (gói tin edXML)',
      kindPERSON: 'Cá nhân (thư điện tử)', notSent: 'Không gửi điện tử (lưu, gửi nội bộ)',
      unknownLines: 'Những dòng nơi nhận sau chưa xác định: chọn nơi nhận cho từng dòng (hệ thống ghi nhớ cho lần sau).',
      map: 'Ghi nhận'
    },
    en: {
      loading: 'Loading the document…', loadingDefaults: 'Loading your agency and its signers…',
      step: 'Step', state: 'Status', decidesOn: 'Document to decide on', version: 'version',
      noPdf: 'No PDF of the document yet.', download: 'Download the PDF', openWindow: 'Open the PDF in a new window',
      noInline: 'This browser does not show the PDF inside the Tasklist: download it to read it.',
      attachments: 'Documents that go with it', changes: 'Changes since version', changesPdf: 'Comparison table (PDF)',
      noChanges: 'The text did not change.', part: 'Part', versions: 'Versions', kind: 'Document',
      mode: 'Form', by: 'Made by', at: 'When', show: 'Show', history: 'Decisions and comments',
      noHistory: 'No decision yet.', actor: 'By', decision: 'Decision', content: 'Comment',
      yourDecision: 'Your decision', comment: 'Comment', required: '(required)',
      commentHint: 'Write your comment, what needs changing…', pick: 'Choose a decision, then press "Complete".',
      press: 'Press "Complete" to send "{0}".', needComment: 'A comment is required with "{0}".',
      sending: 'Sending…', done: 'Recorded: "{0}".', issuing: 'Numbering…',
      issued: 'Numbered {0}.', issuedLater: 'The document is being numbered; its number will show in "Issued documents".',
      refused: 'Not sent: {0}', fixFields: 'Please correct the fields marked in red.', returnComment: 'Comment when returned',
      signer: 'Signer', chooseSigner: 'Choose the signer', consulted: 'Agencies to consult', days: 'Deadline (working days)',
      type: 'Type of document', summary: 'Summary (trích yếu)', recipients: 'To (Kính gửi), one per line',
      noiNhan: 'Recipients (Nơi nhận), one per line', body: 'Text',
      distribution: 'Other recipients (Nơi nhận), one per line', startHint: 'Press "Start" to create the draft; drafting comes next.',
      started: 'The draft is created and its chain started.', answers: 'The agencies\' answers', agency: 'Agency',
      answer: 'Answer', accept: 'Accepted', explain: 'Explanation', yes: 'Yes', no: 'No',
      explanation: 'Explanation (required when not accepted)', acceptHint: 'An accepted comment must be worked into the draft below before it goes to signature.',
      edit: 'Draft', loadFailed: 'Could not load {0}', sessionOver: 'your session has ended. Please log in again.',
      forbidden: 'you may not read it.', gone: 'not found (someone may have handled the task).',
      server: 'the server answered {0}. Reload the page; if it persists, tell the administrator.',
      network: 'network error.', dossier: 'the document', defaults: 'your agency and its signers',
      noScript: 'The forms\' shared code (vanthu-forms.js) did not load. Please reload the page.',
      pin: 'PIN of your signing key', pinHint: 'The PIN that unlocks your signing key; vanthu does not keep it.',
      sendTo: 'Sent to', recipient: 'Recipient', how: 'How', fromLines: 'From the lines',
      kindAGENCY: 'Agency in this system (its incoming register)', kindEXTERNAL: 'Outside agency (edXML package)',
      kindPERSON: 'Person (e-mail)', notSent: 'Not sent electronically (archive, internal)',
      unknownLines: 'These recipient lines are not known yet: choose what each means (remembered for next time).',
      map: 'Record'
    }
  };

  /** The user's language: the "vanthu-lang" cookie vanthu sets from the user's choice; Vietnamese by default. */
  function language() {
    var m = /(?:^|;\s*)vanthu-lang=(en|vi)/.exec(document.cookie || '');
    return m ? m[1] : 'vi';
  }
  function t(key, arg) {
    var text = (TEXT[language()] || TEXT.vi)[key] || TEXT.vi[key] || key;
    return arg === undefined ? text : text.replace('{0}', arg);
  }
  /** only same-origin paths ("/api/…") go into a frame or a link */
  function safeUrl(u) {
    return (typeof u === 'string' && /^\/(?![\/\\])/.test(u)) ? u : '';
  }
  function lines(text) {
    return String(text || '').split(/\r?\n/).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
  }
  function request(method, url, body) {
    // X-Requested-With: a 401 then carries no Basic challenge, whose browser dialog would block the Tasklist
    var init = { method: method, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (r) {
      return r.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
        if (!r.ok) { var e = new Error('HTTP ' + r.status); e.status = r.status; e.problem = json; throw e; }
        return json;
      });
    });
  }
  function failure(what, e) {
    var s = e && e.status;
    var why = s === 401 ? t('sessionOver') : s === 403 ? t('forbidden') : s === 404 ? t('gone')
      : s ? t('server', s) : t('network');
    return t('loadFailed', what) + ': ' + why;
  }

  /** What every form has: ui, t(), fieldError(), showVersion(), the API calls and the refusal display. */
  function form(camForm, $scope, ui) {
    var injector = camForm.formElement && camForm.formElement.injector && camForm.formElement.injector();
    var $sce = injector ? injector.get('$sce') : null;
    ui.errors = {};
    ui.error = '';
    $scope.ui = ui;
    $scope.t = t;
    $scope.lang = language();
    /** the server's message for a field, or for any field under it ("recipients" covers "recipients[2]") */
    $scope.fieldError = function (field) {
      var found = '';
      Object.keys(ui.errors).forEach(function (k) {
        if (!found && (k === field || k.indexOf(field + '[') === 0 || k.indexOf(field + '.') === 0)) { found = ui.errors[k]; }
      });
      return found;
    };
    $scope.showVersion = function (v) {
      ui.shown = v || null;
      ui.pdf = v ? safeUrl(v.pdf) : '';
      ui.pdfFrame = ui.pdf && $sce ? $sce.trustAsResourceUrl(ui.pdf) : null;
    };
    /** a refused request: each field's message beside its control, the rest beside the buttons */
    function refused(e, fields) {
      if (!(e && e.status)) { window.console.error('vanthu', e); }
      $scope.$evalAsync(function () {
        ui.sending = false;
        ui.errors = {};
        var rest = [];
        var p = e && e.problem;
        (p && p.errors || []).forEach(function (x) {
          if (fields.some(function (f) { return x.field === f || x.field.indexOf(f + '[') === 0 || x.field.indexOf(f + '.') === 0; })) {
            ui.errors[x.field] = x.message;
          } else { rest.push(x.message); }
        });
        var detail = rest.length ? rest.join('; ') : (Object.keys(ui.errors).length ? t('fixFields') : (p && p.detail) || failure('', e));
        ui.submitError = t('refused', detail);
      });
    }
    // fetch answers outside Angular's digest: what changes the Tasklist's state runs in one
    var $rootScope = injector.get('$rootScope');
    function notify(status, message) {
      $rootScope.$evalAsync(function () {
        injector.get('Notifications').addMessage({ status: status, message: message || '', duration: 8000 });
      });
    }
    /** navigates the Tasklist (e.g. away from a finished task, or to a new one) and refreshes its lists */
    function navigate(search) {
      $rootScope.$evalAsync(function () { go(search); });
    }
    function go(search) {
      var $location = injector.get('$location');
      var next = {};
      var current = $location.search();
      Object.keys(current).forEach(function (k) { if (k !== 'task' && k !== 'detailsTab') { next[k] = current[k]; } });
      Object.keys(search || {}).forEach(function (k) { next[k] = search[k]; });
      $location.search(next);
      for (var s = $scope; s; s = s.$parent) {
        if (s.taskData && s.taskData.changed) { s.taskData.changed('taskList'); break; }
        if (s.tasklistData && s.tasklistData.changed) { s.tasklistData.changed('taskList'); break; }
      }
    }
    return { ui: ui, t: t, lines: lines, request: request, failure: failure, refused: refused, notify: notify,
      navigate: navigate };
  }

  /** The start form (khoi-tao): loads /api/me/defaults; on "Khởi tạo" creates the draft and starts its chain. */
  function startForm(camForm, $scope) {
    var vt = form(camForm, $scope, { loading: true });
    vt.chain = String(camForm.processDefinitionKey || camForm.processDefinitionId || '').split(':')[0];
    vt.onSubmit = function (build, fields) {
      camForm.on('submit', function () {
        camForm.submitPrevented = true;
        var ui = vt.ui;
        if (ui.sending || !ui.defaults) { return; }
        var asked = build();
        $scope.$evalAsync(function () { ui.sending = true; ui.submitError = ''; ui.errors = {}; });
        // one request: the draft is created and its chain started together, or neither
        request('POST', '/api/dispatches', { chain: vt.chain, document: asked.document, start: asked.start })
          .then(function (created) {
            return request('GET', '/api/tasks').then(function (tasks) {
              var mine = (tasks || []).filter(function (x) { return x.dispatchId === created.id; })[0];
              // the start dialog's own ending: it closes and tells the chain started, as after Camunda's start
              for (var s = $scope; s; s = s.$parent) {
                if (s.completionCallback) { s.completionCallback(null, { id: created.processInstanceId }); break; }
              }
              vt.notify(t('started'));
              // after the dialog has put the address back as it was: then open the drafter's new task
              window.setTimeout(function () {
                vt.navigate(mine ? { forceDisplayTask: true, task: mine.id } : {});
              }, 600);
            });
          }).catch(function (e) { vt.refused(e, fields); });
      });
    };
    return vt;
  }

  /**
   * A task form: the view with the version decided on shown first; the decision posted to vanthu's API.
   * options.base is where the task's view and completion live: '/api/tasks/' (the chains, the default) or
   * '/api/exchange/tasks/' (the receiving processes).
   */
  function taskForm(camForm, $scope, options) {
    var base = (options && options.base) || '/api/tasks/';
    var ui = { loading: true, view: null, pdf: '', shown: null, decision: '', comment: '' };
    var vt = form(camForm, $scope, ui);
    ui.pdfInline = true;
    $scope.needsComment = function () {
      var offer = ui.view && (ui.view.decisions || []).filter(function (d) { return d.value === ui.decision; })[0];
      return !!(offer && offer.needsComment);
    };
    $scope.offered = function (d) {
      return !!(ui.view && (ui.view.decisions || []).some(function (x) { return x.value === d; }));
    };
    $scope.decisionLabel = function (d) {
      var offer = ui.view && (ui.view.decisions || []).filter(function (x) { return x.value === d; })[0];
      return offer ? offer.label : d;
    };
    /** GET /api/tasks/{id}/view; the version the decision applies to is shown first, then then(view) */
    vt.loadView = function (then) {
      request('GET', base + encodeURIComponent(camForm.taskId) + '/view').then(function (view) {
        $scope.$evalAsync(function () {
          ui.loading = false;
          ui.view = view || {};
          $scope.showVersion(ui.view.subject);
          if (then) { then(ui.view); }
        });
      }, function (e) {
        $scope.$evalAsync(function () { ui.loading = false; ui.error = failure(t('dossier'), e); });
      });
    };
    /**
     * after a decision the văn thư asked for a number: wait for it and say it, also when she has moved on to
     * another task; a logout ends it (the next poll is refused, 401 without a browser dialog)
     */
    function awaitNumber(dispatchId, tries) {
      request('GET', '/api/dispatches/' + encodeURIComponent(dispatchId)).then(function (d) {
        var symbol = d && d.summary && d.summary.issuedSymbol;
        var submission = d && d.submission && d.submission.number;
        if (symbol || (submission && ui.view.step === 'van-thu-so-cap-so')) {
          vt.notify(t('issued', symbol || submission));
        } else if (tries > 0) {
          window.setTimeout(function () { awaitNumber(dispatchId, tries - 1); }, 700);
        } else { vt.notify(t('issuedLater')); }
      }, function () { vt.notify(t('issuedLater')); });
    }
    /**
     * "Hoàn thành": refused in place until the view is loaded and the decision (with its comment) chosen and
     * submit.ready() agrees; else posts { decision, comment, versionSha256, …submit.body() } to vanthu's API.
     */
    vt.onSubmit = function (submit, fields) {
      submit = submit || {};
      camForm.on('submit', function () {
        camForm.submitPrevented = true;
        var decision = submit.decision || ui.decision;
        if (ui.sending || !ui.view || !decision || ($scope.needsComment() && !ui.comment)
            || (submit.ready && !submit.ready())) {
          $scope.$evalAsync(function () { ui.submitError = ui.view ? t('pick') : ''; });
          return;
        }
        var body = Object.assign({ decision: decision, comment: ui.comment || '',
          versionSha256: ui.view.subject && ui.view.subject.sha256 }, submit.body ? submit.body() : {});
        $scope.$evalAsync(function () { ui.sending = true; ui.submitError = ''; ui.errors = {}; });
        request('POST', base + encodeURIComponent(camForm.taskId) + '/complete', body).then(function (outcome) {
          vt.notify(t('done', $scope.decisionLabel(decision)));
          if (decision === 'issue') { vt.notify(t('issuing')); awaitNumber(outcome.dispatchId, 40); }
          vt.navigate({});
        }).catch(function (e) { vt.refused(e, (fields || []).concat(['comment', 'decision'])); });
      });
    };
    return vt;
  }

  /**
   * The drafter's editor on a task form: vt.edit(document) puts the text in the fields (ui.doc; Kính gửi and
   * Nơi nhận one per line), vt.edited() gives it back in the input format with everything else kept.
   */
  function editor(vt, $scope) {
    var ui = vt.ui;
    vt.edit = function (document) {
      ui.doc = Object.assign({}, document || {});
      ui.recipients = (ui.doc.recipients || []).join('\n');
      ui.others = ((ui.doc.distribution || {}).recipients || []).join('\n');
    };
    vt.edited = function () {
      var doc = Object.assign({}, ui.doc);
      var recipients = lines(ui.recipients);
      if (recipients.length) { doc.recipients = recipients; } else { delete doc.recipients; }
      doc.distribution = Object.assign({}, doc.distribution || {}, { recipients: lines(ui.others) });
      return doc;
    };
    return vt;
  }

  window.vanthuForms = { startForm: startForm, taskForm: taskForm, editor: editor, t: t, lines: lines };
})(window);
