package vn.vanthu.bench.chain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import vn.vanthu.workflow.Chains;

/**
 * The peer: processes/so-trinh-ubnd.bpmn as shipped, with its key changed, every listener removed, every
 * service task's delegate replaced by the no-op {@code benchNoop}, and the {@code chains} expressions (answered
 * from the stored dispatch in the product) read from process variables, as a plain Camunda application would.
 * Same tasks, gateways, assignees, candidate groups, multi-instance, boundary timers and asynchronous
 * continuations; none of vanthu's work.
 */
final class PeerProcess {

    static final String KEY = Chains.SO_TRINH_UBND + "-peer";
    private static final String SOURCE = "processes/" + Chains.SO_TRINH_UBND + ".bpmn";

    private PeerProcess() {
    }

    /** The stripped XML for a directory whose UBND tỉnh has this id; checked through the Camunda model API. */
    static String xml(String ubnd) {
        String stripped = source()
                .replace("id=\"" + Chains.SO_TRINH_UBND + "\"", "id=\"" + KEY + "\"")
                .replace("bpmnElement=\"" + Chains.SO_TRINH_UBND + "\"", "bpmnElement=\"" + KEY + "\"")
                .replaceAll("(?s)<bpmn:extensionElements>.*?</bpmn:extensionElements>", "")
                .replaceAll("camunda:delegateExpression=\"\\$\\{[^}]*}\"",
                        "camunda:delegateExpression=\"\\${benchNoop}\"")
                // ${chains.drafter(execution)} → ${drafter}, and so on: the variables of Walk.peerVariables()
                .replaceAll("\\$\\{chains\\.(\\w+)\\(execution\\)}", "\\${$1}")
                .replaceAll("\\$\\{chains\\.group\\(execution, '(\\w+)'\\)}", "\\${agency}-$1")
                .replaceAll("\\$\\{chains\\.ubndGroup\\('(\\w+)'\\)}", ubnd + "-$1");
        if (stripped.contains("chains.")) {
            throw new IllegalStateException("a chains expression is left in the peer process");
        }
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(stripped.getBytes(StandardCharsets.UTF_8)));
        Bpmn.validateModel(model);
        if (!model.getModelElementsByType(CamundaTaskListener.class).isEmpty()
                || !model.getModelElementsByType(CamundaExecutionListener.class).isEmpty()) {
            throw new IllegalStateException("listeners left in the peer process");
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (!"${benchNoop}".equals(task.getCamundaDelegateExpression())) {
                throw new IllegalStateException("service task " + task.getId() + " keeps its delegate");
            }
        }
        if (model.getModelElementById(KEY) == null) {
            throw new IllegalStateException("peer process key not set");
        }
        return stripped;
    }

    /** Deploys the peer on the engine; returns how many service tasks it has. */
    static int deploy(RepositoryService repository, String ubnd) {
        String xml = xml(ubnd);
        repository.createDeployment().name("chain bench peer").addString(KEY + ".bpmn", xml).deploy();
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(ServiceTask.class).size();
    }

    private static String source() {
        try (InputStream in = PeerProcess.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
