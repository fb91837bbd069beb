package vn.vanthu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.vanthu.directory.Role;
import vn.vanthu.workflow.dispatch.ChainExpressions;

/**
 * One source for each process: the BPMN files are held to the Java side — step ids to {@link Step}, bean
 * names to {@link Chains#BEANS}, decision values to {@link Decision} and to what the step before offers,
 * who acts to the step's actor and the directory's role groups. No Spring context is needed.
 */
class ProcessModelTests {

    private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)[}.(]");
    private static final Pattern CALL = Pattern.compile("chains\\.(\\w+)\\(");
    private static final Pattern DECISION = Pattern.compile("\\$\\{decision == '([a-z]+)'}");
    private static final Pattern GROUP = Pattern.compile("'([a-z]+)'\\)}$|^\\$\\{consultedAgency}-([a-z]+)$");

    static BpmnModelInstance model(String chain) throws IOException {
        try (InputStream in = ProcessModelTests.class.getResourceAsStream("/processes/" + chain + ".bpmn")) {
            return Bpmn.readModelFromStream(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Chains.SO_BAN_HANH, Chains.SO_TRINH_UBND})
    void everyUserTaskIsAStepWithItsListenersAndItsActor(String chain) throws IOException {
        for (UserTask task : model(chain).getModelElementsByType(UserTask.class)) {
            Step step = Step.of(task.getId()).orElseThrow(() -> new AssertionError("no Step " + task.getId()));
            assertThat(listeners(task, CamundaExecutionListener.class)).as(task.getId()).containsExactly("start:${"
                    + Chains.STEP_ENTERED + "}");
            assertThat(listeners(task, CamundaTaskListener.class)).as(task.getId()).containsExactly("create:${"
                    + Chains.TASK_CREATED + "}", "complete:${" + Chains.DECISION_RECORDER + "}");
            assertThat(task.getCamundaFormKey()).as(task.getId()).startsWith("embedded:/forms/");
            Step.Actor actor = step.actor();
            if (actor.isGroup()) {
                Matcher m = GROUP.matcher(task.getCamundaCandidateGroups());
                assertThat(m.find()).as(task.getId() + " " + task.getCamundaCandidateGroups()).isTrue();
                String group = m.group(1) != null ? m.group(1) : m.group(2);
                assertThat(group).as(task.getId()).isEqualTo(actor.roleGroup());
                assertThat(Arrays.stream(Role.values()).map(Role::group)).contains(group);
                assertThat(task.getCamundaAssignee()).isNull();
            } else {
                String expected = switch (actor.kind()) {
                    case "drafter" -> "${chains.drafter(execution)}";
                    case "signer" -> "${chains.signer(execution)}";
                    default -> "${chains.submissionSigner(execution)}";
                };
                assertThat(task.getCamundaAssignee()).as(task.getId()).isEqualTo(expected);
                assertThat(task.getCamundaCandidateGroups()).isNull();
            }
        }
    }

    @Test
    void everyStepIsInAProcess() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String chain : List.of(Chains.SO_BAN_HANH, Chains.SO_TRINH_UBND)) {
            model(chain).getModelElementsByType(UserTask.class).forEach(t -> ids.add(t.getId()));
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(Arrays.stream(Step.values()).map(Step::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {Chains.SO_BAN_HANH, Chains.SO_TRINH_UBND})
    void everyBeanAndCallNamedInTheBpmnExists(String chain) throws IOException {
        String xml = Bpmn.convertToString(model(chain));
        Matcher beans = BEAN.matcher(xml);
        Set<String> named = new HashSet<>();
        while (beans.find()) {
            named.add(beans.group(1));
        }
        named.remove(Chains.VAR_DECISION);
        named.remove(Chains.VAR_CONSULTED_AGENCY);
        assertThat(Chains.BEANS).containsAll(named);
        Set<String> methods = new HashSet<>(Arrays.stream(ChainExpressions.class.getMethods()).map(Method::getName)
                .toList());
        Matcher calls = CALL.matcher(xml);
        while (calls.find()) {
            assertThat(methods).as(chain).contains(calls.group(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Chains.SO_BAN_HANH, Chains.SO_TRINH_UBND})
    void everyGatewayReadsOnlyDecisionsTheStepBeforeOffers(String chain) throws IOException {
        for (ExclusiveGateway gateway : model(chain).getModelElementsByType(ExclusiveGateway.class)) {
            List<Step> before = new ArrayList<>();
            for (SequenceFlow in : gateway.getIncoming()) {
                FlowNode source = in.getSource();
                Step.of(source.getId()).ifPresent(before::add);
            }
            for (SequenceFlow out : gateway.getOutgoing()) {
                ConditionExpression condition = out.getConditionExpression();
                Matcher m = condition == null ? null : DECISION.matcher(condition.getTextContent());
                if (m != null && m.matches()) {
                    Decision decision = Decision.of(m.group(1)).orElseThrow();
                    assertThat(before).as(gateway.getId()).isNotEmpty()
                            .allSatisfy(s -> assertThat(s.decisions()).contains(decision));
                }
            }
        }
    }

    private static List<String> listeners(UserTask task, Class<? extends ModelElementInstance> type) {
        if (task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(type).list().stream().map(l ->
                l instanceof CamundaExecutionListener e ? e.getCamundaEvent() + ":" + e.getCamundaDelegateExpression()
                        : ((CamundaTaskListener) l).getCamundaEvent() + ":"
                        + ((CamundaTaskListener) l).getCamundaDelegateExpression()).toList();
    }
}
