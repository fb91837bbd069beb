package vn.vanthu.exchange;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The glue between the receiving BPMN and the feature: who a task goes to and when it is due (read from
 * the stored văn bản đến, found by the process's business key, never from a variable a form could set),
 * the automatic check, and the listeners that hand each decision to Receipts or Recalls.
 */
@Configuration(proxyBeanMethods = false)
class ReceivingSteps {

    /** Expressions the BPMN calls (public for the engine's expression language, which reflects on them). */
    public static final class Expressions {
        private final IncomingStore store;

        Expressions(IncomingStore store) {
            this.store = store;
        }

        /** The Camunda group "<agency>-<role group>" of the receiving agency. */
        public String group(DelegateExecution execution, String roleGroup) {
            return document(execution).agencyId + "-" + roleGroup;
        }

        /** The person the leader assigned. */
        public String handler(DelegateExecution execution) {
            return document(execution).handler;
        }

        /** The handling deadline (end of the working day), or null. */
        public Date due(DelegateExecution execution) {
            LocalDate due = document(execution).dueOn;
            return due == null ? null : Date.from(due.atTime(LocalTime.of(17, 0)).atZone(DispatchPackages.VIETNAM).toInstant());
        }

        private IncomingDocument document(DelegateExecution execution) {
            return store.find(incoming(execution)).orElseThrow();
        }
    }

    static UUID incoming(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    @Bean("receiving")
    Expressions receiving(IncomingStore store) {
        return new Expressions(store);
    }

    @Bean
    JavaDelegate receivingCheck(Receipts receipts) {
        return execution -> execution.setVariable(Receiving.VAR_CHECK_PASSED, receipts.check(incoming(execution)));
    }

    @Bean
    TaskListener handlingStarted(Receipts receipts) {
        return task -> receipts.started(incoming(task.getExecution()));
    }

    @Bean
    TaskListener receivingDecision(Receipts receipts, Recalls recalls) {
        return task -> {
            StepDecision d = StepDecision.of(task);
            UUID id = incoming(task.getExecution());
            switch (task.getTaskDefinitionKey()) {
                case Receiving.VAN_THU_TIEP_NHAN -> {
                    if ("register".equals(d.decision())) {
                        receipts.register(id, d.actor());
                    } else {
                        receipts.refuse(id, d.comment(), d.actor());
                    }
                }
                case Receiving.LANH_DAO_PHAN_CONG -> receipts.assign(id, d.text(Receiving.VAR_HANDLER),
                        d.flag(Receiving.VAR_ANSWER_NEEDED), d.date(Receiving.VAR_DUE_ON), d.comment(), d.actor());
                case Receiving.XU_LY -> receipts.complete(id, d.comment(), d.flag(Receiving.VAR_REPLY), d.actor());
                case Receiving.VAN_THU_TRA_LOI_THU_HOI -> recalls.answer(id, "agree".equals(d.decision()), d.comment(),
                        d.actor());
                default -> throw new IllegalStateException("bước " + task.getTaskDefinitionKey() + " không có quyết định");
            }
            // the comment belongs to this step only; the next form starts without one
            task.getExecution().setVariable(Receiving.VAR_COMMENT, "");
        };
    }
}
