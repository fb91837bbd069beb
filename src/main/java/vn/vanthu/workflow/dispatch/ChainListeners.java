package vn.vanthu.workflow.dispatch;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.workflow.ChainProblem.NotTheDrafter;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.Step;

/** The engine's hooks into the dispatch: a chain binds to its dispatch, a step renders what it decides on. */
@Configuration(proxyBeanMethods = false)
class ChainListeners {

    private static final Logger log = LoggerFactory.getLogger(ChainListeners.class);

    /**
     * At the start of a chain: the business key names the dispatch, and only its drafter may start it
     * (vanthu's API starts chains; engine REST starts are closed to users).
     */
    @Bean(Chains.CHAIN_STARTED)
    ExecutionListener chainStarted(DispatchStore store) {
        return execution -> {
            String key = execution.getProcessBusinessKey();
            if (key == null) {
                throw new IllegalStateException("a chain starts only through vanthu's API (no dispatch named)");
            }
            DispatchCase c = store.get(UUID.fromString(key));
            Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            String user = auth == null ? null : auth.getUserId();
            if (!c.drafter().equals(user) || !c.chain().equals(processKey(execution))) {
                throw new NotTheDrafter(String.valueOf(user));
            }
            c.started(execution.getProcessInstanceId());
            store.update(c);
            log.info("Văn bản {} bắt đầu quy trình {} do {} trình", c.id(), c.chain(), user);
        };
    }

    /** At the start of each user step: the version it decides on, and the labels the Tasklist lists. */
    @Bean(Chains.STEP_ENTERED)
    ExecutionListener stepEntered(DispatchStore store, Subjects subjects) {
        return execution -> {
            Step step = Step.of(execution.getCurrentActivityId())
                    .orElseThrow(() -> new IllegalStateException("not a user step: " + execution.getCurrentActivityId()));
            DispatchCase c = store.ofProcess(execution.getProcessInstanceId());
            subjects.prepare(c, step);
        };
    }

    /**
     * At the creation of each task: its document and number as task variables, which the Tasklist lists
     * beside the task (local to the task, so reading them needs no right on the whole process).
     */
    @Bean(Chains.TASK_CREATED)
    TaskListener taskCreated(DispatchStore store) {
        return task -> TaskLabels.set(task, store.ofProcess(task.getProcessInstanceId()));
    }

    private static String processKey(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }
}
