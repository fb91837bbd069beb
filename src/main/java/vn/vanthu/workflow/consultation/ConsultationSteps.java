package vn.vanthu.workflow.consultation;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.ConsultationPlan;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Documents;
import vn.vanthu.workflow.dispatch.History;
import vn.vanthu.workflow.dispatch.Subjects;
import vn.vanthu.workflow.dispatch.WorkingDays;

/** The consultation's service tasks: open it with a deadline, remind, expire, summarise. Thin glue. */
@Configuration(proxyBeanMethods = false)
class ConsultationSteps {

    private static final Logger log = LoggerFactory.getLogger(ConsultationSteps.class);
    private static final String SYSTEM = "system";

    /** Sends the reviewed draft to every agency chosen at the start, due in the working days chosen then. */
    @Bean(Chains.CONSULTATION_OPENED)
    JavaDelegate consultationOpened(Consultations consultations, DispatchStore store, ConsultationPlan plan,
            Subjects subjects, History history) {
        return execution -> {
            DispatchCase c = store.ofProcess(execution.getProcessInstanceId());
            List<String> agencies = plan.agencies(c.id());
            LocalDate due = WorkingDays.after(LocalDate.now(Documents.VIETNAM), plan.days(c.id()));
            consultations.open(c.id(), agencies, due);
            c.consulting();
            store.update(c);
            StoredVersion sent = subjects.latest(c.id(), DocumentKind.MAIN);
            history.record(c.id(), Chains.DAT_HAN_Y_KIEN, SYSTEM, "consult", agencies.size() + " cơ quan, hạn "
                    + due, sent.version(), sent.pdfSha256());
            log.info("Văn bản {}: xin ý kiến {} cơ quan về phiên bản {}, hạn trả lời {}", c.id(), agencies.size(),
                    sent.version(), due);
        };
    }

    @Bean(Chains.CONSULTATION_REMINDER)
    JavaDelegate consultationReminder(Consultations consultations, DispatchStore store) {
        return execution -> {
            DispatchCase c = store.ofProcess(execution.getProcessInstanceId());
            log.info("Văn bản {}: đã nhắc {} cơ quan chưa trả lời ý kiến", c.id(), consultations.remind(c.id()));
        };
    }

    @Bean(Chains.CONSULTATION_EXPIRED)
    JavaDelegate consultationExpired(Consultations consultations, DispatchStore store, History history) {
        return execution -> {
            DispatchCase c = store.ofProcess(execution.getProcessInstanceId());
            int silent = consultations.expire(c.id());
            history.record(c.id(), Chains.HET_HAN_Y_KIEN, SYSTEM, "no-answer",
                    silent + " cơ quan không trả lời đúng hạn: coi như nhất trí, không có ý kiến", null, null);
            log.info("Văn bản {}: hết hạn xin ý kiến, {} cơ quan không trả lời được ghi nhận là nhất trí", c.id(),
                    silent);
        };
    }

    @Bean(Chains.CONSULTATION_CLOSED)
    ExecutionListener consultationClosed(DispatchStore store) {
        return execution -> {
            DispatchCase c = store.ofProcess(execution.getProcessInstanceId());
            c.compiling();
            store.update(c);
        };
    }

    @Bean(Chains.CONSULTATION_SUMMARISED)
    JavaDelegate consultationSummarised(DispatchStore store, ConsultationSummary summary) {
        return execution -> summary.store(store.ofProcess(execution.getProcessInstanceId()));
    }
}
