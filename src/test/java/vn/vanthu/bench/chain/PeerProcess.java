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

/**
 * The peer: processes/so-trinh-ubnd.bpmn as shipped, with its process key changed, every listener removed and
 * every service task's delegate replaced by the no-op {@code benchNoop}. Same tasks, gateways, assignees,
 * candidate groups, multi-instance, boundary timers and asynchronous continuations; none of vanthu's work.
 */
final class PeerProcess {

    static final String KEY = "so-trinh-ubnd-peer";
    private static final String SOURCE = "processes/so-trinh-ubnd.bpmn";

    private PeerProcess() {
    }

    /** The stripped XML; checked through the Camunda model API so a changed source file cannot slip through. */
    static String xml() {
        String xml;
        try (InputStream in = PeerProcess.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " not on the classpath");
            }
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String stripped = xml
                .replace("id=\"so-trinh-ubnd\"", "id=\"" + KEY + "\"")
                .replace("bpmnElement=\"so-trinh-ubnd\"", "bpmnElement=\"" + KEY + "\"")
                .replaceAll("(?s)<bpmn:extensionElements>.*?</bpmn:extensionElements>", "")
                .replaceAll("camunda:delegateExpression=\"\\$\\{[^}]*}\"", "camunda:delegateExpression=\"\\${benchNoop}\"");
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
    static int deploy(RepositoryService repository) {
        String xml = xml();
        repository.createDeployment().name("chain bench peer").addString(KEY + ".bpmn", xml).deploy();
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(ServiceTask.class).size();
    }
}
