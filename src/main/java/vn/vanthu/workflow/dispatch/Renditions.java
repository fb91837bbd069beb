package vn.vanthu.workflow.dispatch;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchWriter;
import vn.vanthu.document.Mode;
import vn.vanthu.platform.Meters;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.workflow.DocumentKind;

/**
 * Stores the versions of a dispatch's documents: rendered here, or signed and sealed by the signing
 * feature. Each PDF kept is checked against the decree once its transaction commits ({@link LateChecks}), and a
 * failing verdict is logged.
 */
@Component
public class Renditions {

    private static final Logger log = LoggerFactory.getLogger(Renditions.class);

    private final DocumentRenderer renderer;
    private final ConformanceChecker checker;
    private final Versions versions;
    private final Meters meters;
    private final LateChecks lateChecks;

    Renditions(DocumentRenderer renderer, ConformanceChecker checker, Versions versions, Meters meters,
            LateChecks lateChecks) {
        this.renderer = renderer;
        this.checker = checker;
        this.versions = versions;
        this.meters = meters;
        this.lateChecks = lateChecks;
    }

    /** Renders the document in its own mode and stores the PDF as the dispatch's next version. */
    public StoredVersion store(DispatchCase c, DocumentKind kind, String step, String actor, Dispatch document) {
        byte[] pdf = meters.rendering(kind.code(), () -> renderer.render(document, document.mode()));
        return storePdf(c, kind, step, actor, document, pdf);
    }

    /** Stores a PDF made from the document elsewhere (signed, or sealed with its number) as the next version. */
    public StoredVersion storePdf(DispatchCase c, DocumentKind kind, String step, String actor, Dispatch document,
            byte[] pdf) {
        Mode mode = document.mode();
        UUID id = c.id();
        String name = kind.code() + " v. " + id;
        lateChecks.afterCommit(name, () -> warnIfFailing(id, kind, step, mode == Mode.FOR_SIGNATURE
                ? checker.checkAwaitingNumber(pdf, name) : checker.check(pdf, name)));
        StoredVersion stored = versions.store(c.id(), kind.code(), step, actor, mode.name(),
                DispatchWriter.toMap(document), pdf);
        log.info("Đã lưu phiên bản {} ({}, {}) của văn bản {} ở bước {} do {} thực hiện", stored.version(),
                kind.code(), mode, c.id(), step, actor);
        return stored;
    }

    /** Stores a table that goes with the dispatch (the consultation summary) as its next version. */
    public StoredVersion storeTable(DispatchCase c, DocumentKind kind, String step, String actor,
            Map<String, Object> input, byte[] pdf) {
        UUID id = c.id();
        String name = kind.code() + " v. " + id;
        lateChecks.afterCommit(name, () -> warnIfFailing(id, kind, step, checker.checkTableReport(pdf, name)));
        return versions.store(c.id(), kind.code(), step, actor, Mode.FINAL.name(), input, pdf);
    }

    // the rules are the product's promise: say loudly when a stored version breaks one
    private static void warnIfFailing(UUID dispatch, DocumentKind kind, String step, Report report) {
        if (!report.passed()) {
            log.warn("Văn bản {} ({}) lưu ở bước {} không đạt {} quy tắc thể thức: {}", dispatch, kind.code(), step,
                    report.failures().size(), report.failures());
        }
    }

    /** The PDF of a stored version. */
    public byte[] pdf(DispatchCase c, StoredVersion version) {
        return versions.pdf(c.id(), version.version()).orElseThrow();
    }
}
