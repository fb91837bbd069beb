package vn.vanthu.workflow.issuing;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.dispatch.DispatchStore;

/** The asynchronous issuing service tasks of the BPMN: thin glue over {@link Issuing}. */
@Configuration(proxyBeanMethods = false)
class IssueSteps {

    @Bean(Chains.ISSUE_DISPATCH)
    JavaDelegate issueDispatch(DispatchStore store, Issuing issuing) {
        return execution -> issuing.issue(store.ofProcess(execution.getProcessInstanceId()));
    }

    @Bean(Chains.SUBMISSION_ISSUED)
    JavaDelegate submissionIssued(DispatchStore store, Issuing issuing) {
        return execution -> issuing.issueSubmission(store.ofProcess(execution.getProcessInstanceId()));
    }
}
