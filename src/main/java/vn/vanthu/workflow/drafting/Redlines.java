package vn.vanthu.workflow.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.IssueDate;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.TableReport;
import vn.vanthu.workflow.ChainProblem.DispatchNotFound;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.Documents;
import vn.vanthu.workflow.dispatch.TaskLabels;
import vn.vanthu.workflow.dispatch.Visibility;

/** The redline of a draft: what changed since the previous draft whose text differs, in the form and as a PDF. */
@Service
@Transactional(readOnly = true)
public class Redlines {

    /** The two versions compared and the changes from the first to the second. */
    public record Comparison(int from, int to, List<Redline.Change> changes) {
    }

    private final Versions versions;
    private final Visibility visibility;
    private final Directory directory;
    private final DocumentRenderer renderer;

    Redlines(Versions versions, Visibility visibility, Directory directory, DocumentRenderer renderer) {
        this.versions = versions;
        this.visibility = visibility;
        this.directory = directory;
        this.renderer = renderer;
    }

    /** What changed in a version since the previous one of its document with other content; empty for the first. */
    public Optional<Comparison> of(UUID id, int version, String user) {
        visibility.readable(id, user);
        return compare(id, version);
    }

    /** The same comparison without a reader's check, for the chain's own views. */
    public Optional<Comparison> compare(UUID id, int version) {
        List<StoredVersion> all = versions.list(id);
        StoredVersion to = all.stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new DispatchNotFound(id + " v" + version));
        if (DocumentKind.CONSULTATION_SUMMARY.code().equals(to.documentKind())) {
            return Optional.empty();
        }
        StoredVersion from = null;
        for (StoredVersion v : all) {
            if (v.version() < version && v.documentKind().equals(to.documentKind())
                    && !v.contentSha256().equals(to.contentSha256())) {
                from = v;
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(from.version(), to.version(), Redline.between(read(id, from), read(id, to))));
    }

    /** The comparison as a PDF: "BẢNG SO SÁNH DỰ THẢO", the agency's header, one row per changed part. */
    public byte[] pdf(UUID id, int version, String user) {
        DispatchCase c = visibility.readable(id, user);
        Comparison comparison = compare(id, version).orElseThrow(() -> new DispatchNotFound(id + " v" + version
                + " (không có phiên bản trước để so sánh)"));
        Agency agency = directory.agency(c.agencyId()).orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Redline.Change change : comparison.changes()) {
            rows.add(List.of(Integer.toString(i++), change.part(), change.before().isEmpty() ? "(chưa có)"
                    : change.before(), change.after().isEmpty() ? "(bỏ)" : change.after()));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("1", "", "Nội dung không thay đổi", "Nội dung không thay đổi"));
        }
        return renderer.renderTable(new TableReport(agency.nameLines(), agency.place() + ", "
                + IssueDate.of(LocalDate.now(Documents.VIETNAM)).spelled(), "BẢNG SO SÁNH DỰ THẢO",
                "Dự thảo " + TaskLabels.title(c.document()), List.of("STT", "Phần", "Phiên bản " + comparison.from(),
                        "Phiên bản " + comparison.to() + " (sửa đổi)"), rows, false));
    }

    private Dispatch read(UUID id, StoredVersion v) {
        return DispatchReader.fromMap(versions.input(id, v.version()).orElseThrow());
    }
}
