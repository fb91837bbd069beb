package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The receiving processes' embedded Tasklist form, read as a file: every user task uses it, it loads the
 * receiving view, has a section per step offering that step's decisions, and sets only what the steps read.
 */
class ReceivingFormsTests {

    private static final Path FORM = Path.of("src/main/resources/static/forms/van-ban-den.html");

    @Test
    void everyUserTaskOfTheReceivingProcessesUsesTheForm() throws IOException {
        int tasks = 0;
        for (String bpmn : List.of("processes/tiep-nhan-van-ban-den.bpmn", "processes/thu-hoi-van-ban-den.bpmn")) {
            Matcher m = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*formKey=\"embedded:/forms/([^\"]+)\"")
                    .matcher(Files.readString(Path.of(bpmn)));
            while (m.find()) {
                assertThat(m.group(2)).isEqualTo("van-ban-den.html");
                assertThat(StepDecision.OFFERED).containsKey(m.group(1));
                tasks++;
            }
        }
        assertThat(tasks).isEqualTo(StepDecision.OFFERED.size());
    }

    @Test
    void eachStepHasItsSectionDecisionsAndVariables() throws IOException {
        String html = Files.readString(FORM, StandardCharsets.UTF_8);

        assertThat(Pattern.compile("<form\\b").matcher(html).results().count()).isEqualTo(1);
        assertThat(html).containsPattern("<form role=\"form\" name=\"[A-Za-z][A-Za-z0-9]*\"");
        // the shared script's task form, pointed at the receiving processes' own view and completion
        assertThat(html).contains("window.vanthuForms.taskForm(camForm, $scope, { base: '/api/exchange/tasks/' })",
                "vt.loadView(", "vt.onSubmit(", "if (!window.vanthuForms)");
        assertThat(html).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                "ng-bind-html", "$sce.trustAsHtml", ".html(");
        String script = html.substring(html.indexOf("<script cam-script"), html.indexOf("</script>"));
        assertThat(script).doesNotContain("{{");
        for (var step : StepDecision.OFFERED.entrySet()) {
            int at = html.indexOf("<div ng-if=\"ui.view.step === '" + step.getKey() + "'\">");
            assertThat(at).as("section of " + step.getKey()).isPositive();
            String section = html.substring(at, html.indexOf("\n  </div>\n", at));
            for (String decision : step.getValue()) {
                boolean fixed = script.contains("'" + step.getKey() + "': '" + decision + "'");
                assertThat(fixed || section.contains("value=\"" + decision + "\"")).as(step.getKey() + " " + decision)
                        .isTrue();
            }
        }
        // the fields of phân công and xử lý go in the decision's body (no process variable is written by a form)
        assertThat(script).contains("handler: ui.handler", "answerNeeded: !!ui.answerNeeded", "dueOn: isoDay(ui.dueOn)",
                "reply: !!ui.reply").doesNotContain("setVariable");
    }
}
