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
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values a Vietnamese user reads as they are: names and symbols. */
    private static final Set<String> SAME_IN_VIETNAMESE = Set.of("", "Camunda", "OK", "<", "<=", ">", ">=");

    // ---------------------------------------------------------------- forms

    /** Every form: the start form and those of the tasks, which load the task's view. */
    private static final List<String> FORM_FILES = List.of("duyet.html", "ky.html", "y-kien.html", "tong-hop.html",
            "soan-thao.html", "phat-hanh.html", "khoi-tao.html", "van-ban-den.html");
    private static final List<String> PARTS = List.of("parts/dossier.html", "parts/decision.html", "parts/editor.html");

    @Test
    void everyFormKeyOfTheProcessesHasAFile() throws IOException {
        Set<String> keys = new TreeSet<>(FORM_FILES);
        try (var files = Files.list(Path.of("processes"))) {
            for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = Pattern.compile("formKey=\"embedded:/forms/([^\"]+)\"").matcher(Files.readString(bpmn));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (String key : keys) {
            assertThat(FORMS.resolve(key)).as("form for embedded:/forms/" + key).isRegularFile();
        }
        for (String part : PARTS) {
            assertBalanced(read(part), part);
            assertThat(read(part)).doesNotContain("<script", "ng-bind-html");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"duyet.html", "ky.html", "y-kien.html", "tong-hop.html", "soan-thao.html", "phat-hanh.html",
        "khoi-tao.html", "van-ban-den.html"})
    void formIsAnEmbeddedCamundaFormThatWritesOnlyThroughVanthusApi(String file) throws IOException {
        String html = read(file);
        // exactly one <form role="form" name="…"> (camForm refuses anything else), closed, and one form script
        assertThat(count(html, "<form\\b")).as("one <form>").isEqualTo(1);
        assertThat(html).containsPattern("<form role=\"form\" name=\"[A-Za-z][A-Za-z0-9]*\"");
        assertThat(count(html, "</form>")).isEqualTo(1);
        assertThat(count(html, "<script cam-script type=\"text/form-script\">")).isEqualTo(1);
        assertBalanced(html, file);
        // the shared code makes the form: it prevents Camunda's own submission and posts to vanthu's API
        boolean task = !file.equals("khoi-tao.html");
        boolean receiving = file.equals("van-ban-den.html");
        assertThat(html).contains(receiving ? "window.vanthuForms.taskForm(camForm, $scope, { base: '/api/exchange/tasks/' })"
                : task ? "window.vanthuForms.taskForm(camForm, $scope)" : "window.vanthuForms.startForm(camForm, $scope)",
                "vt.onSubmit(");
        assertThat(html).contains("if (!window.vanthuForms) {", "camForm.submitPrevented = true; }); return; }");
        // no process variable is written by a form: Camunda's variable manager is not used at all
        assertThat(html).doesNotContain("setVariable", "cam-variable-name", "variableManager");
        if (receiving) {
            // the văn bản đến has a view of its own; every function the form calls is the shared script's
            assertThat(html).contains("vt.loadView(").doesNotContain("vt.getJson", "vt.setVariable");
        } else if (task) {
            assertThat(html).contains("vt.loadView(", "'/forms/parts/dossier.html'", "'/forms/parts/decision.html'");
        } else {
            assertThat(html).contains("vt.request('GET', '/api/me/defaults')");
        }
        // data comes from the app's API and is never inserted as HTML
        assertThat(html).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                "ng-bind-html", "$sce.trustAsHtml", ".html(");
        assertThat(html).doesNotContainPattern("\\beval\\(");
        String script = html.substring(html.indexOf("<script cam-script"), html.indexOf("</script>"));
        assertThat(script).doesNotContain("{{");
    }

    @Test
    void sharedFormScriptPostsDecisionsToVanthusApiAndShowsRefusalsByField() throws IOException {
        String active = withoutComments(sharedScript());
        // a plain script: defines window.vanthuForms, exports nothing (a default export would be a plugin)
        assertThat(active).contains("window.vanthuForms = {").doesNotContainPattern("(?m)^\\s*(export|import)\\b");
        assertThat(active).contains("camForm.submitPrevented = true;",
                "var base = (options && options.base) || '/api/tasks/';",
                "request('POST', base + encodeURIComponent(camForm.taskId) + '/complete', body)",
                "request('GET', base + encodeURIComponent(camForm.taskId) + '/view')",
                "request('POST', '/api/dispatches', { chain: vt.chain, document: asked.document, start: asked.start })",
                "versionSha256: ui.view.subject && ui.view.subject.sha256",
                "$scope.showVersion(ui.view.subject);",
                "(p && p.errors || []).forEach(");
        assertThat(active).doesNotContain("setVariable", "variableManager", "innerHTML", "document.write",
                "$sce.trustAsHtml", ".html(").doesNotContainPattern("\\beval\\(|new Function");
        // only same-origin paths go into the PDF frame
        assertThat(active).contains("return (typeof u === 'string' && /^\\/(?![\\/\\\\])/.test(u)) ? u : '';",
                "ui.pdf = v ? safeUrl(v.pdf) : '';");
    }

    @Test
    void everyFunctionAFormCallsIsOneTheSharedScriptDefines() throws IOException {
        // a form calling what the shared script no longer has stops at that line and can never be completed
        String shared = withoutComments(sharedScript());
        for (String file : FORM_FILES) {
            Matcher m = Pattern.compile("\\bvt\\.([A-Za-z]+)").matcher(read(file));
            while (m.find()) {
                String name = m.group(1);
                assertThat(shared).as(file + " calls vt." + name)
                        .containsPattern("(vt\\." + name + " = |\\b" + name + ": |var " + name + " = )");
            }
        }
    }

    @Test
    void everyTextOfTheFormsExistsInBothLanguages() throws IOException {
        String js = sharedScript();
        Set<String> vi = textKeys(js.substring(js.indexOf("vi: {"), js.indexOf("en: {")));
        Set<String> en = textKeys(js.substring(js.indexOf("en: {"), js.indexOf("/** The user's language")));
        assertThat(vi).isNotEmpty().isEqualTo(en);
        Set<String> used = new TreeSet<>();
        for (String file : concat(FORM_FILES, PARTS)) {
            Matcher m = Pattern.compile("\\bt\\('([A-Za-z]+)'").matcher(read(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(vi).containsAll(used);
    }

    private static Set<String> textKeys(String block) {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)(?:^|[{,]\\s*)\\s*([A-Za-z]+): '").matcher(block);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
    void configSpeaksTheUsersChosenLanguageVietnameseByDefault(String app) throws IOException {
        String config = Files.readString(APPS.resolve(app + "/scripts/config.js"), StandardCharsets.UTF_8);
        String active = withoutComments(config);
        // one language per user: the cookie vanthu sets from the user's choice, Vietnamese without it; the
        // browser's own language is not consulted (it is not among the available locales)
        assertThat(active).contains("const LANGUAGE = (/(?:^|;\\s*)vanthu-lang=(en|vi)/.exec(document.cookie) || [])[1] || 'vi';")
                .containsPattern("\"availableLocales\"\\s*:\\s*\\[LANGUAGE\\]\\s*,\\s*\"fallbackLocale\"\\s*:\\s*LANGUAGE");
        // upstream's content is kept: same licence header, same active keys
        String upstream = upstreamText(WEBJAR_APPS + app + "/scripts/config.js");
        assertThat(config).startsWith(upstream.substring(0, upstream.indexOf("export default")));
        assertThat(topLevelKeys(active.substring(active.indexOf("export default"))))
                .containsAll(topLevelKeys(withoutComments(upstream))).contains("locales");
        if (app.equals("tasklist")) {
            assertThat(active).contains("customScripts: ['scripts/vanthu-forms', 'scripts/vanthu-nav'],");
            assertThat(upstreamText(WEBJAR_APPS + app + "/camunda-" + app + "-bootstrap.js"))
                    .contains("customScripts", "tasklist.navbar.action");
            String nav = Files.readString(APPS.resolve(app + "/scripts/vanthu-nav.js"), StandardCharsets.UTF_8);
            assertThat(nav).contains("pluginPoint: 'tasklist.navbar.action'", "'/van-ban/da-phat-hanh.html'",
                    "fetch('/api/me/language'").doesNotContain("innerHTML");
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
        assertThat(css).contains(".vt-form iframe.vt-pdf", ".vt-form .vt-choices", ".vt-form textarea.vt-body",
                "li.task .cells-wrapper .priority");
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
