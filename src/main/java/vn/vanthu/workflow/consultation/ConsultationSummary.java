package vn.vanthu.workflow.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.document.IssueDate;
import vn.vanthu.platform.Language;
import vn.vanthu.platform.Meters;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.TableReport;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.Documents;
import vn.vanthu.workflow.dispatch.Renditions;

/** The bảng tổng hợp ý kiến: every consulted agency's answer and how the drafter took it, as a PDF. */
@Component
class ConsultationSummary {

    private final Consultations consultations;
    private final Directory directory;
    private final DocumentRenderer renderer;
    private final Renditions renditions;
    private final Meters meters;

    ConsultationSummary(Consultations consultations, Directory directory, DocumentRenderer renderer,
            Renditions renditions, Meters meters) {
        this.consultations = consultations;
        this.directory = directory;
        this.renderer = renderer;
        this.renditions = renditions;
        this.meters = meters;
    }

    StoredVersion store(DispatchCase c) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Consultations.Answer a : consultations.of(c.id())) {
            String name = directory.agency(a.agency()).map(Agency::shortName).orElse(a.agency());
            String answer = a.answer() == AnswerStatus.COMMENTED && a.comment() != null ? a.comment()
                    : AnswerStatus.label(a.answer(), Language.VI);
            rows.add(List.of(Integer.toString(i++), name, answer, reception(a)));
        }
        Agency agency = directory.agency(c.agencyId()).orElseThrow();
        LocalDate today = LocalDate.now(Documents.VIETNAM);
        String summary = c.document().summary() == null ? "" : c.document().summary().replace('\n', ' ');
        TableReport report = new TableReport(agency.nameLines(), agency.place() + ", " + IssueDate.of(today).spelled(),
                "BẢNG TỔNG HỢP Ý KIẾN", "Dự thảo " + summary,
                List.of("STT", "Cơ quan", "Ý kiến", "Tiếp thu, giải trình"), rows, false);
        return renditions.storeTable(c, DocumentKind.CONSULTATION_SUMMARY, Chains.LAP_BANG_TONG_HOP, "system",
                Map.of("title", report.title(), "rows", rows),
                meters.rendering(DocumentKind.CONSULTATION_SUMMARY.code(), () -> renderer.renderTable(report)));
    }

    /** "Tiếp thu", "Giải trình: …" for a comment; nothing for an agreement. */
    static String reception(Consultations.Answer a) {
        if (a.answer() != AnswerStatus.COMMENTED) {
            return "";
        }
        String verdict = Boolean.TRUE.equals(a.accepted()) ? "Tiếp thu" : Boolean.FALSE.equals(a.accepted())
                ? "Giải trình" : "Chưa xử lý";
        return a.explanation() == null ? verdict : verdict + ": " + a.explanation();
    }
}
