package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The receiving processes' embedded Tasklist forms, read as files: one per step, its view, its decisions and variables. */
class ReceivingFormsTests {

    private static final Path FORMS = Path.of("src/main/resources/static/forms");
    private static final Map<String, String> STEP_OF_FORM = Map.of("tiep-nhan.html", Receiving.VAN_THU_TIEP_NHAN,
            "phan-cong.html", Receiving.LANH_DAO_PHAN_CONG, "xu-ly.html", Receiving.XU_LY,
            "thu-hoi.html", Receiving.VAN_THU_TRA_LOI_THU_HOI);
    private static final Map<String, List<String>> OWN_VARIABLES = Map.of("phan-cong.html",
            List.of("handler', 'String'", "answerNeeded', 'Boolean'", "dueOn', 'String'"),
            "xu-ly.html", List.of("reply', 'Boolean'"));

    @Test
    void everyUserTaskOfTheReceivingProcessesHasItsForm() throws IOException {
        for (String bpmn : List.of("processes/tiep-nhan-van-ban-den.bpmn", "processes/thu-hoi-van-ban-den.bpmn")) {
            Matcher m = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*formKey=\"embedded:/forms/([^\"]+)\"")
                    .matcher(Files.readString(Path.of(bpmn)));
            while (m.find()) {
                assertThat(STEP_OF_FORM).containsEntry(m.group(2), m.group(1));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiep-nhan.html", "phan-cong.html", "xu-ly.html", "thu-hoi.html"})
    void formLoadsItsOwnViewAndSetsOnlyWhatItsStepReads(String file) throws IOException {
        String html = Files.readString(FORMS.resolve(file), StandardCharsets.UTF_8);

        assertThat(Pattern.compile("<form\\b").matcher(html).results().count()).isEqualTo(1);
        assertThat(html).containsPattern("<form role=\"form\" name=\"[A-Za-z][A-Za-z0-9]*\"");
        assertThat(html).contains("window.vanthuForms.taskForm(camForm, $scope",
                "vt.getJson('/api/exchange/tasks/' + encodeURIComponent(camForm.taskId) + '/view')",
                "vt.failure('văn bản đến', e)", "vt.onSubmit(");
        assertThat(html).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                "ng-bind-html", "$sce.trustAsHtml", ".html(");
        for (String decision : StepDecision.OFFERED.get(STEP_OF_FORM.get(file))) {
            assertThat(html).containsPattern("value=\"" + decision + "\"|decision: '" + decision + "'");
        }
        for (String variable : OWN_VARIABLES.getOrDefault(file, List.of())) {
            assertThat(html).contains("vt.setVariable('" + variable);
        }
        boolean refuses = StepDecision.OFFERED.get(STEP_OF_FORM.get(file)).contains("refuse");
        assertThat(html.contains("commentFor: ['refuse']")).isEqualTo(refuses);
        String script = html.substring(html.indexOf("<script cam-script"), html.indexOf("</script>"));
        assertThat(script).doesNotContain("{{");
    }
}
