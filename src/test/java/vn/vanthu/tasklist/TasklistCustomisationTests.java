package vn.vanthu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Tasklist customisation without a browser: the embedded forms under static/forms, the Vietnamese
 * locale against the webjar's en.json (read from the test classpath, so a Camunda upgrade that adds keys
 * fails here), config.js and the user stylesheet that hides the "migrate to Camunda 8" banner.
 */
class TasklistCustomisationTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path FORMS = RESOURCES.resolve("static/forms");
    private static final Path APPS = RESOURCES.resolve("META-INF/resources/webjars/camunda/app");
    private static final String WEBJAR_APPS = "META-INF/resources/webjars/camunda/app/";
    /** The code the forms share (window.vanthuForms), loaded by the Tasklist through config.js customScripts. */
    private static final Path SHARED_SCRIPT = APPS.resolve("tasklist/scripts/vanthu-forms.js");
    /** The forms of a task (all but the start form): they load the task's view and submit through the shared code. */
    private static final Set<String> TASK_FORMS = Set.of("duyet.html", "ky.html", "y-kien.html", "tong-hop.html",
            "soan-thao.html", "phat-hanh.html");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values a Vietnamese user reads as they are: names and symbols. */
    private static final Set<String> SAME_IN_VIETNAMESE = Set.of("", "Camunda", "OK", "<", "<=", ">", ">=");

    // ---------------------------------------------------------------- forms

    /** form file → process variables it must set. */
    private static final Map<String, List<String>> FORM_VARIABLES = Map.of(
            "duyet.html", List.of("decision", "comment"),
            "ky.html", List.of("decision", "comment"),
            "y-kien.html", List.of("decision", "comment"),
            "tong-hop.html", List.of("decision", "comment", "explanations"),
            "soan-thao.html", List.of("decision", "comment", "document"),
            "phat-hanh.html", List.of("decision", "comment"),
            "khoi-tao.html", List.of("document", "consulted", "consultationDays"));

    /** form file → decision values it offers. */
    private static final Map<String, List<String>> FORM_DECISIONS = Map.of(
            "duyet.html", List.of("approve", "return"),
            "ky.html", List.of("sign", "return", "reject"),
            "y-kien.html", List.of("agree", "comment"),
            "tong-hop.html", List.of("submit"),
            "soan-thao.html", List.of("submit"),
            "phat-hanh.html", List.of("issue"));

    @Test
    void everyFormKeyOfTheProcessesHasAFile() throws IOException {
        Path processes = Path.of("processes");
        Set<String> keys = new TreeSet<>();
        if (Files.isDirectory(processes)) {
            try (var files = Files.list(processes)) {
                for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                    Matcher m = Pattern.compile("formKey=\"embedded:/forms/([^\"]+)\"").matcher(Files.readString(bpmn));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        keys.addAll(FORM_VARIABLES.keySet());
        for (String key : keys) {
            assertThat(FORMS.resolve(key)).as("form for embedded:/forms/" + key).isRegularFile();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"duyet.html", "ky.html", "y-kien.html", "tong-hop.html", "soan-thao.html", "phat-hanh.html",
        "khoi-tao.html"})
    void formIsAnEmbeddedCamundaForm(String file) throws IOException {
        String html = Files.readString(FORMS.resolve(file), StandardCharsets.UTF_8);

        // exactly one <form role="form" name="…"> (camForm refuses anything else), closed, and one form script
        assertThat(count(html, "<form\\b")).as("one <form>").isEqualTo(1);
        assertThat(html).containsPattern("<form role=\"form\" name=\"[A-Za-z][A-Za-z0-9]*\"");
        assertThat(count(html, "</form>")).isEqualTo(1);
        assertThat(count(html, "<script cam-script type=\"text/form-script\">")).isEqualTo(1);
        assertThat(count(html, "<script\\b")).isEqualTo(count(html, "</script>"));
        assertBalanced(html, file);

        // it uses the shared code, and says so (and completes nothing) when that did not load
        assertThat(html).contains("if (!window.vanthuForms) { $scope.ui = { error: 'Không tải được mã dùng chung",
                "camForm.on('submit', function () { camForm.submitPrevented = true; }); return; }");
        String start = TASK_FORMS.contains(file) ? "window.vanthuForms.taskForm(camForm, $scope"
                : "window.vanthuForms.startForm(camForm, $scope)";
        assertThat(count(html, Pattern.quote(start))).as(file + " calls " + start).isEqualTo(1);

        // the variables it sets: declared fields or set on submit, decision and comment by the shared onSubmit
        for (String variable : FORM_VARIABLES.get(file)) {
            boolean shared = TASK_FORMS.contains(file) && List.of("decision", "comment").contains(variable);
            assertThat(shared ? sharedScript() : html).as(file + " sets " + variable).containsPattern(
                    "cam-variable-name=\"" + variable + "\"|setVariable\\('" + variable + "', '(String|Integer)'");
        }
        assertThat(html).contains(TASK_FORMS.contains(file) ? "vt.onSubmit(" : "camForm.on('submit'");
        for (String decision : FORM_DECISIONS.getOrDefault(file, List.of())) {
            assertThat(html).as(file + " offers decision " + decision)
                    .containsPattern("value=\"" + decision + "\"|ui\\.decision = '" + decision + "'");
        }

        // data comes from the app's API and is never inserted as HTML
        assertThat(html).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "ng-bind-html",
                "$sce.trustAsHtml", ".html(");
        assertThat(html).doesNotContainPattern("\\beval\\(");
        if (file.equals("khoi-tao.html")) {
            assertThat(html).contains("vt.getJson('/api/me/defaults')", "ui.error = vt.failure(");
        } else {
            // GET /api/tasks/{id}/view through the shared loadView, whose failure is told in Vietnamese
            assertThat(html).contains("vt.loadView(");
        }
        // a failed fetch is told in Vietnamese
        assertThat(html).contains("Không tải được");
        // no {{ }} inside the form script: Angular would not evaluate it there, a reader might think it does
        String script = html.substring(html.indexOf("<script cam-script"), html.indexOf("</script>"));
        assertThat(script).doesNotContain("{{");
    }

    @Test
    void returningRejectingAndCommentingNeedAComment() throws IOException {
        assertThat(read("duyet.html")).contains("taskForm(camForm, $scope, { commentFor: ['return'] });");
        assertThat(read("ky.html")).contains("taskForm(camForm, $scope, { commentFor: ['return', 'reject'] });");
        assertThat(read("y-kien.html")).contains("taskForm(camForm, $scope, { commentFor: ['comment'] });");
        for (String file : List.of("duyet.html", "ky.html", "y-kien.html")) {
            String html = read(file);
            // the decision is required, so the Tasklist's "Hoàn thành" stays disabled until one is chosen …
            assertThat(html).contains("ng-model=\"ui.decision\" required", "ng-required=\"vtNeedsComment()\"",
                    "vt.onSubmit();");
        }
        for (String file : List.of("tong-hop.html", "soan-thao.html", "phat-hanh.html")) {
            assertThat(read(file)).as(file + " needs no comment").doesNotContain("commentFor");
        }
        // the forms without a choice submit a fixed decision
        assertThat(read("soan-thao.html")).contains("vt.onSubmit({\n    decision: 'submit',");
        assertThat(read("tong-hop.html")).contains("vt.onSubmit({\n    decision: 'submit',");
        assertThat(read("phat-hanh.html")).contains("vt.onSubmit({\n    decision: 'issue',",
                "ready: function () { return ui.decision === 'issue'; },");
        // … and the shared submit refuses a missing comment even if the button was reached some other way
        String shared = withoutComments(sharedScript());
        assertThat(shared).contains(
                "function vtNeedsComment() { return commentFor.indexOf(ui.decision) >= 0; }",
                "if (commentFor.length) { $scope.vtNeedsComment = vtNeedsComment; }",
                "var decision = submit.decision || ui.decision;\n"
                        + "        if (!ui.view || !decision || (vtNeedsComment() && !ui.comment) || (submit.ready && !submit.ready())) {\n"
                        + "          camForm.submitPrevented = true;");
    }

    @Test
    void sharedFormScriptLoadsTheViewReportsFailuresAndSetsTheDecision() throws IOException {
        String js = sharedScript();
        String active = withoutComments(js);
        // a plain script for the browser: it defines window.vanthuForms and exports nothing (the Tasklist
        // takes a module's default export for a plugin)
        assertThat(active).contains("window.vanthuForms = { startForm: startForm, taskForm: taskForm };")
                .doesNotContainPattern("(?m)^\\s*(export|import)\\b");
        assertThat(active).contains("'/api/tasks/' + encodeURIComponent(camForm.taskId) + '/view'",
                "ui.error = failure('hồ sơ văn bản', e);");
        // every failure is told in Vietnamese
        assertThat(active).contains(
                "if (s === 401) { return 'Không tải được ' + what + ': phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.'; }",
                "if (s === 403) { return 'Không tải được ' + what + ': đồng chí không có quyền xem.'; }",
                "if (s === 404) { return 'Không tải được ' + what + ': không tìm thấy dữ liệu",
                "' (máy chủ trả về mã ' + s + ')' : ' (lỗi kết nối)'");
        // the PDF frame and the popup link only where the page's CSP lets them work
        assertThat(active).contains("fetch(window.location.pathname, { method: 'HEAD', credentials: 'same-origin' })",
                "ui.pdfInline = !sandbox;", "ui.pdfPopup = !sandbox || /allow-popups-to-escape-sandbox/i.test(sandbox[1]);");
        // decision and comment set on submit, nothing else overwritten
        assertThat(active).contains("vt.setVariable('decision', 'String', decision);",
                "vt.setVariable('comment', 'String', ui.comment || '');");
        // data never inserted as HTML; only same-origin paths in the frame
        assertThat(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "$sce.trustAsHtml",
                ".html(", "{{");
        assertThat(js).doesNotContainPattern("\\beval\\(|new Function");
        assertThat(active).contains("frame.setAttribute('src', url || 'about:blank');",
                "return (typeof u === 'string' && /^\\/(?![\\/\\\\])/.test(u)) ? u : '';");
    }

    @Test
    void startFormBuildsTheInputDocumentAndTheConsultation() throws IOException {
        String html = read("khoi-tao.html");
        for (String type : List.of("cong-van", "ke-hoach", "bao-cao", "to-trinh", "thong-bao", "quyet-dinh", "chi-thi",
                "giay-moi")) {
            assertThat(html).contains("code: '" + type + "'");
        }
        assertThat(html).contains("ui.type = 'cong-van';", "ui.days = 5;", "ui.chain === 'so-trinh-ubnd'",
                "setVariable('consultationDays', 'Integer'", "mode: 'draft'");
    }

    // ---------------------------------------------------------------- locale

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void vietnameseLocaleHasExactlyTheKeysOfUpstreamEnglish(String app) throws IOException {
        JsonNode en = upstreamJson(WEBJAR_APPS + app + "/locales/en.json");
        JsonNode vi = readJson(APPS.resolve(app + "/locales/vi.json"));

        assertThat(paths(vi, "")).isEqualTo(paths(en, ""));

        List<String> untranslated = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> labels = en.get("labels").fields();
        while (labels.hasNext()) {
            Map.Entry<String, JsonNode> label = labels.next();
            String english = label.getValue().asText();
            String vietnamese = vi.get("labels").get(label.getKey()).asText();
            if (vietnamese.equals(english) && !SAME_IN_VIETNAMESE.contains(english)) {
                untranslated.add(label.getKey() + " = " + english);
            }
            if (!placeholders(english).equals(placeholders(vietnamese))) {
                placeholders.add(label.getKey());
            }
        }
        assertThat(untranslated).as("values left in English").isEmpty();
        assertThat(placeholders).as("labels whose {{…}} placeholders differ").isEmpty();

        if (en.has("dateLocales")) {
            assertThat(vi.at("/dateLocales/months/0").asText()).isEqualTo("tháng 1");
            assertThat(vi.at("/dateLocales/weekdays/1").asText()).isEqualTo("Thứ hai");
        }
    }

    @Test
    void vietnameseLabelsUseTheAdministrativeWords() throws IOException {
        JsonNode labels = readJson(APPS.resolve("tasklist/locales/vi.json")).get("labels");
        assertThat(labels.get("CLAIM_TASK").asText()).isEqualTo("Nhận việc");
        assertThat(labels.get("COMPLETE").asText()).isEqualTo("Hoàn thành");
        assertThat(labels.get("FILTERS").asText()).isEqualTo("Bộ lọc");
        assertThat(labels.get("SIGN_OUT_ACTION").asText()).isEqualTo("Đăng xuất");
        assertThat(labels.get("TASKS").asText()).isEqualTo("Công việc");
        assertThat(labels.get("PROCESS_DEFINITION").asText()).isEqualTo("Quy trình");
        assertThat(labels.get("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Đăng nhập");
    }

    // ---------------------------------------------------------------- config.js and styles

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void configOffersVietnameseFirstAndFallsBackToIt(String app) throws IOException {
        String config = Files.readString(APPS.resolve(app + "/scripts/config.js"), StandardCharsets.UTF_8);
        String active = withoutComments(config);
        assertThat(active).containsPattern("\"locales\"\\s*:\\s*\\{\\s*\"availableLocales\"\\s*:\\s*\\[\"vi\",\\s*\"en\"\\]\\s*,"
                + "\\s*\"fallbackLocale\"\\s*:\\s*\"vi\"\\s*\\}");
        assertThat(active).startsWith("export default {");

        // upstream's content is kept: same licence header, same active keys
        String upstream = upstreamText(WEBJAR_APPS + app + "/scripts/config.js");
        assertThat(config).startsWith(upstream.substring(0, upstream.indexOf("export default")));
        assertThat(topLevelKeys(active)).containsAll(topLevelKeys(withoutComments(upstream))).contains("locales");
        if (app.equals("tasklist")) {
            // the forms' shared code: the Tasklist imports each custom script from <app root>/app/tasklist/<name>.js
            assertThat(active).contains("customScripts: ['scripts/vanthu-forms'],");
            assertThat(upstreamText(WEBJAR_APPS + app + "/camunda-" + app + "-bootstrap.js")).contains("customScripts");
            assertThat(APPS.resolve(app + "/scripts/vanthu-forms.js")).isRegularFile();
            for (String shortcut : List.of("claimTask", "focusFilter", "focusList", "focusForm", "startProcess")) {
                assertThat(active).contains(shortcut + ": {");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void userStylesHideTheMigrationBanner(String app) throws IOException {
        // the banner element exists upstream (so the rule is not dead) …
        assertThat(upstreamText(WEBJAR_APPS + app + "/camunda-" + app + "-bootstrap.js")).contains("ce-eol-banner");
        // … the app page loads the user stylesheet …
        assertThat(upstreamText(WEBJAR_APPS + app + "/index.html")).contains("/app/" + app + "/styles/user-styles.css");
        // … and ours hides it
        String css = Files.readString(APPS.resolve(app + "/styles/user-styles.css"), StandardCharsets.UTF_8);
        assertThat(withoutComments(css)).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none\\s*!important;");
    }

    // ---------------------------------------------------------------- helpers

    private static String read(String form) throws IOException {
        return Files.readString(FORMS.resolve(form), StandardCharsets.UTF_8);
    }

    private static String sharedScript() throws IOException {
        return Files.readString(SHARED_SCRIPT, StandardCharsets.UTF_8);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Container elements open and close in order (outside the script): a cheap well-formedness check. */
    private static void assertBalanced(String html, String file) {
        String markup = html.replaceAll("(?s)<script\\b.*?</script>", "").replaceAll("(?s)<style\\b.*?</style>", "")
                .replaceAll("(?s)<!--.*?-->", "");
        Set<String> checked = Set.of("form", "div", "table", "thead", "tbody", "tr", "td", "th", "label", "select",
                "textarea", "fieldset", "p", "h3", "h4", "span", "button", "a", "strong", "code", "legend", "iframe");
        List<String> stack = new ArrayList<>();
        Matcher m = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>").matcher(markup);
        while (m.find()) {
            String tag = m.group(2).toLowerCase();
            if (!checked.contains(tag) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                stack.add(tag);
            } else {
                assertThat(stack).as(file + ": </" + tag + "> without opening tag").isNotEmpty();
                assertThat(stack.remove(stack.size() - 1)).as(file + ": element closed out of order").isEqualTo(tag);
            }
        }
        assertThat(stack).as(file + ": unclosed elements").isEmpty();
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        Set<String> out = new TreeSet<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                out.add(prefix + "/" + name);
                out.addAll(paths(node.get(name), prefix + "/" + name));
            });
        } else if (node.isArray()) {
            out.add(prefix + "[" + node.size() + "]");
        }
        return out;
    }

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\{[^}]*\\}\\}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        Collections.sort(out);
        return out;
    }

    private static String withoutComments(String js) {
        return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").trim();
    }

    private static Set<String> topLevelKeys(String activeJs) {
        Set<String> keys = new TreeSet<>();
        int depth = 0;
        Matcher m = Pattern.compile("[{}]|[\"']?([A-Za-z_]+)[\"']?\\s*:").matcher(activeJs);
        while (m.find()) {
            switch (m.group()) {
                case "{" -> depth++;
                case "}" -> depth--;
                default -> {
                    if (depth == 1) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static JsonNode readJson(Path file) throws IOException {
        return JSON.readTree(stripBom(Files.readString(file, StandardCharsets.UTF_8)));
    }

    private static JsonNode upstreamJson(String resource) throws IOException {
        return JSON.readTree(stripBom(upstreamText(resource)));
    }

    /** The webjar's copy (a jar: URL), not ours, which shadows it on the classpath for the files we replace. */
    private static String upstreamText(String resource) throws IOException {
        for (URL url : Collections.list(TasklistCustomisationTests.class.getClassLoader().getResources(resource))) {
            if (url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar")) {
                try (InputStream in = url.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("not on the test classpath from the Camunda webjar: " + resource);
    }

    @Test
    void formStylesLiveOnceInTheTasklistStylesheet() throws IOException {
        String css = Files.readString(APPS.resolve("tasklist/styles/user-styles.css"), StandardCharsets.UTF_8);
        assertThat(css).contains(".vt-form iframe.vt-pdf", ".vt-form .vt-choices", ".vt-form textarea.vt-body");
        try (var forms = Files.list(FORMS)) {
            for (Path form : forms.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(form, StandardCharsets.UTF_8)).as(form.getFileName().toString())
                        .doesNotContain("<style");
            }
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
