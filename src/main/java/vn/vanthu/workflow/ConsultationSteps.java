package vn.vanthu.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.directory.Directory;
import vn.vanthu.document.IssueDate;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.TableReport;

/** The consultation's service tasks: open it with a deadline, remind, expire, summarise. Thin glue. */
@Configuration(proxyBeanMethods = false)
class ConsultationSteps {

    private static final Logger log = LoggerFactory.getLogger(ConsultationSteps.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static UUID dispatch(DelegateExecution execution) {
        return UUID.fromString(execution.getVariable(Chains.VAR_DISPATCH).toString());
    }

    @Bean
    JavaDelegate consultationOpened(Consultations consultations, DispatchStore store) {
        return execution -> {
            int days = ((Number) execution.getVariable(Chains.VAR_CONSULTATION_DAYS)).intValue();
            LocalDate due = WorkingDays.after(LocalDate.now(VIETNAM), days);
            @SuppressWarnings("unchecked")
            List<String> agencies = (List<String>) execution.getVariable(Chains.VAR_CONSULTED_AGENCIES);
            consultations.open(dispatch(execution), agencies, due);
            // the deadline is the end of the due day; the reminder the morning of the working day before
            execution.setVariable(Chains.VAR_CONSULTATION_DUE, at(due, LocalTime.of(17, 0)));
            execution.setVariable(Chains.VAR_REMINDER_DUE, at(WorkingDays.before(due), LocalTime.of(8, 0)));
            DispatchCase c = store.find(dispatch(execution)).orElseThrow();
            c.consulting();
            store.update(c);
            log.info("Văn bản {}: xin ý kiến {} cơ quan, hạn trả lời {}", c.id(), agencies.size(), due);
        };
    }

    @Bean
    JavaDelegate consultationReminder(Consultations consultations) {
        return execution -> log.info("Văn bản {}: đã nhắc {} cơ quan chưa trả lời ý kiến", dispatch(execution),
                consultations.remind(dispatch(execution)));
    }

    @Bean
    JavaDelegate consultationExpired(Consultations consultations, Events events) {
        return execution -> {
            int silent = consultations.expire(dispatch(execution));
            events.record(dispatch(execution), Chains.HET_HAN_Y_KIEN, "system", "no-answer",
                    silent + " cơ quan không trả lời đúng hạn: coi như nhất trí, không có ý kiến");
            log.info("Văn bản {}: hết hạn xin ý kiến, {} cơ quan không trả lời được ghi nhận là nhất trí",
                    dispatch(execution), silent);
        };
    }

    @Bean
    JavaDelegate consultationSummarised(Consultations consultations, DispatchStore store, Directory directory,
            DocumentRenderer renderer, Renditions renditions) {
        return execution -> {
            DispatchCase c = store.find(dispatch(execution)).orElseThrow();
            List<List<String>> rows = new ArrayList<>();
            int i = 1;
            for (Consultations.Answer a : consultations.of(c.id())) {
                String name = directory.agency(a.agency()).map(x -> x.shortName()).orElse(a.agency());
                rows.add(List.of(Integer.toString(i++), name, Answers.text(a), Answers.reception(a)));
            }
            var agency = directory.agency(c.agencyId()).orElseThrow();
            LocalDate today = LocalDate.now(VIETNAM);
            TableReport report = new TableReport(agency.nameLines(), agency.place() + ", " + IssueDate.of(today).spelled(),
                    "BẢNG TỔNG HỢP Ý KIẾN", "Dự thảo " + c.document().getOrDefault("summary", ""),
                    List.of("STT", "Cơ quan", "Ý kiến", "Tiếp thu, giải trình"), rows, false);
            renditions.storeTable(c, "consultation-summary", Chains.LAP_BANG_TONG_HOP, "system",
                    Map.of("title", report.title(), "rows", rows), renderer.renderTable(report));
        };
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(VIETNAM).toInstant());
    }

}
