package vn.vanthu.bench.chain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import vn.vanthu.exchange.Receiving;
import vn.vanthu.workflow.Chains;

/**
 * The peer: the chain's processes as shipped (processes/so-trinh-ubnd.bpmn and the inboxes'
 * tiep-nhan-van-ban-den.bpmn), each with its key changed, every listener removed, every service task's
 * delegate replaced by the no-op {@code benchNoop}, and the {@code chains} and {@code receiving} expressions
 * (answered from the stored dispatch or văn bản đến in the product) read from process variables, as a plain
 * Camunda application would. Same tasks, gateways, assignees, candidate groups, multi-instance, boundary
 * timers and asynchronous continuations; none of vanthu's work.
 */
final class PeerProcess {

    static final String KEY = peerKey(Chains.SO_TRINH_UBND);
    static final String RECEIVING_KEY = peerKey(Receiving.PROCESS);

    private PeerProcess() {
    }

    private static String peerKey(String key) {
        return key + "-peer";
    }

    /** A process's stripped XML for a directory whose UBND tỉnh has this id; checked by the Camunda model API. */
    static String xml(String key, String ubnd) {
        String stripped = source(key)
                .replace("id=\"" + key + "\"", "id=\"" + peerKey(key) + "\"")
                .replace("bpmnElement=\"" + key + "\"", "bpmnElement=\"" + peerKey(key) + "\"")
                .replaceAll("(?s)<bpmn:extensionElements>.*?</bpmn:extensionElements>", "")
                .replaceAll("camunda:delegateExpression=\"\\$\\{[^}]*}\"",
                        "camunda:delegateExpression=\"\\${benchNoop}\"")
                // ${chains.drafter(execution)} → ${drafter}, and so on: the variables of Walk.peerVariables()
                .replaceAll("\\$\\{chains\\.(\\w+)\\(execution\\)}", "\\${$1}")
                .replaceAll("\\$\\{chains\\.group\\(execution, '(\\w+)'\\)}", "\\${agency}-$1")
                .replaceAll("\\$\\{chains\\.ubndGroup\\('(\\w+)'\\)}", ubnd + "-$1")
                // ${receiving.handler(execution)} → ${handler};
                // ${receiving.group(execution, 'vanthu')} → ${agency}-vanthu
                .replaceAll("\\$\\{receiving\\.group\\(execution, '(\\w+)'\\)}", "\\${agency}-$1")
                .replaceAll("\\$\\{receiving\\.(\\w+)\\(execution\\)}", "\\${$1}");
        if (stripped.contains("chains.") || stripped.contains("receiving.")) {
            throw new IllegalStateException("an expression of vanthu's is left in the peer process " + key);
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
        if (model.getModelElementById(peerKey(key)) == null) {
            throw new IllegalStateException("peer process key not set");
        }
        return stripped;
    }

    /** Deploys both peers on the engine; returns how many service tasks they have. */
    static int deploy(RepositoryService repository, String ubnd) {
        var deployment = repository.createDeployment().name("chain bench peer");
        int serviceTasks = 0;
        for (String key : List.of(Chains.SO_TRINH_UBND, Receiving.PROCESS)) {
            String xml = xml(key, ubnd);
            deployment.addString(peerKey(key) + ".bpmn", xml);
            serviceTasks += Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getModelElementsByType(ServiceTask.class).size();
        }
        deployment.deploy();
        return serviceTasks;
    }

    private static String source(String key) {
        String source = "processes/" + key + ".bpmn";
        try (InputStream in = PeerProcess.class.getClassLoader().getResourceAsStream(source)) {
            if (in == null) {
                throw new IllegalStateException(source + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
