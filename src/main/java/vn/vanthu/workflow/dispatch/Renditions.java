package vn.vanthu.workflow.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchWriter;
import vn.vanthu.document.Mode;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.workflow.DocumentKind;

/** Renders a document of a dispatch at a step, checks it against the decree, and stores it as the next version. */
@Component
public class Renditions {

    private static final Logger log = LoggerFactory.getLogger(Renditions.class);

    private final DocumentRenderer renderer;
    private final ConformanceChecker checker;
    private final Versions versions;

    Renditions(DocumentRenderer renderer, ConformanceChecker checker, Versions versions) {
        this.renderer = renderer;
        this.checker = checker;
        this.versions = versions;
    }

    /** Renders the document in its own mode and stores the PDF as the dispatch's next version. */
    public StoredVersion store(DispatchCase c, DocumentKind kind, String step, String actor, Dispatch document) {
        Mode mode = document.mode();
        byte[] pdf = renderer.render(document, mode);
        String name = kind.code() + " v. " + c.id();
        Report report = mode == Mode.FOR_SIGNATURE ? checker.checkAwaitingNumber(pdf, name) : checker.check(pdf, name);
        if (!report.passed()) {
            // the rules are the product's promise: say loudly when a stored version breaks one
            log.warn("Văn bản {} ({}) lưu ở bước {} không đạt {} quy tắc thể thức: {}", c.id(), kind.code(), step,
                    report.failures().size(), report.failures());
        }
        StoredVersion stored = versions.store(c.id(), kind.code(), step, actor, mode.name(),
                DispatchWriter.toMap(document), pdf);
        log.info("Đã lưu phiên bản {} ({}, {}) của văn bản {} ở bước {} do {} thực hiện", stored.version(),
                kind.code(), mode, c.id(), step, actor);
        return stored;
    }

    /** Stores a PDF made elsewhere (the consultation summary's table) as the dispatch's next version. */
    public StoredVersion storeMade(DispatchCase c, DocumentKind kind, String step, String actor,
            java.util.Map<String, Object> input, byte[] pdf) {
        return versions.store(c.id(), kind.code(), step, actor, Mode.FINAL.name(), input, pdf);
    }
}
