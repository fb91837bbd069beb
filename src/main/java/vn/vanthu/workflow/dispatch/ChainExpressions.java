package vn.vanthu.workflow.dispatch;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Directory;
import vn.vanthu.workflow.Chains;

/**
 * What the BPMN asks while it runs — who acts, which agencies are consulted, where a gateway goes —
 * answered from the stored dispatch the process instance is bound to, never from a process variable
 * (which a client could have written). Called as {@code ${chains.…(execution)}}.
 */
@Component(Chains.EXPRESSIONS)
public class ChainExpressions {

    private final DispatchStore store;
    private final ConsultationPlan plan;
    private final Directory directory;

    ChainExpressions(DispatchStore store, ConsultationPlan plan, Directory directory) {
        this.store = store;
        this.plan = plan;
        this.directory = directory;
    }

    /** The drafter, who drafts, revises and compiles the comments. */
    public String drafter(DelegateExecution execution) {
        return dispatch(execution).drafter();
    }

    /** The leader chosen to sign the document (the Sở's, or UBND's once the office chose). */
    public String signer(DelegateExecution execution) {
        return dispatch(execution).signer();
    }

    /** The Sở leader chosen to sign the submission letter to UBND tỉnh. */
    public String submissionSigner(DelegateExecution execution) {
        return dispatch(execution).submissionSigner();
    }

    /** A role group of the drafting agency, e.g. "sldtbxh-truongphong". */
    public String group(DelegateExecution execution, String roleGroup) {
        return dispatch(execution).agencyId() + "-" + roleGroup;
    }

    /** A role group of UBND tỉnh, e.g. "ubnd-vanthu". */
    public String ubndGroup(String roleGroup) {
        return directory.provincialCommittee() + "-" + roleGroup;
    }

    /** The agencies consulted, fixed when the chain started. */
    public List<String> consultedAgencies(DelegateExecution execution) {
        return plan.agencies(dispatch(execution).id());
    }

    /** Whether the chain consults other agencies. */
    public boolean consultationNeeded(DelegateExecution execution) {
        return !consultedAgencies(execution).isEmpty();
    }

    /** The consultation's deadline: the end of the due day, Vietnam time. */
    public Date consultationDue(DelegateExecution execution) {
        return at(due(execution), LocalTime.of(17, 0));
    }

    /** The reminder: the morning of the working day before the deadline. */
    public Date reminderDue(DelegateExecution execution) {
        return at(WorkingDays.before(due(execution)), LocalTime.of(8, 0));
    }

    private LocalDate due(DelegateExecution execution) {
        return plan.due(dispatch(execution).id())
                .orElseThrow(() -> new IllegalStateException("consultation not opened"));
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(Documents.VIETNAM).toInstant());
    }

    // the binding's columns only: these questions are asked several times per step and need no document
    private DispatchStore.Binding dispatch(DelegateExecution execution) {
        return store.bindingOf(execution.getProcessInstanceId());
    }
}
