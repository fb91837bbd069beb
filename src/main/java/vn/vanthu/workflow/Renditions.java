package vn.vanthu.workflow;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.rendering.DocumentRenderer;

/** Renders a document of a dispatch at a step and stores the result as its next immutable version. */
@Component
class Renditions {

    private static final Logger log = LoggerFactory.getLogger(Renditions.class);

    private final DocumentRenderer renderer;
    private final ConformanceChecker checker;
    private final Versions versions;

    Renditions(DocumentRenderer renderer, ConformanceChecker checker, Versions versions) {
        this.renderer = renderer;
        this.checker = checker;
        this.versions = versions;
    }

    StoredVersion store(DispatchCase c, String kind, String step, String actor, Map<String, Object> input) {
        Dispatch dispatch = DispatchReader.fromMap(input);
        byte[] pdf = renderer.render(dispatch, dispatch.mode());
        Report report = checker.check(pdf, kind + " v. " + c.id());
        if (!report.passed()) {
            // the rules are the product's promise: say loudly when a stored version breaks one
            log.warn("Văn bản {} ({}) lưu ở bước {} không đạt {} quy tắc thể thức: {}", c.id(), kind, step,
                    report.failures().size(), report.failures());
        }
        StoredVersion stored = versions.store(c.id(), kind, step, actor, dispatch.mode().name(), input, pdf);
        log.info("Đã lưu phiên bản {} ({}, {}) của văn bản {} ở bước {} do {} thực hiện", stored.version(), kind,
                dispatch.mode(), c.id(), step, actor);
        return stored;
    }

    StoredVersion storeTable(DispatchCase c, String kind, String step, String actor, Map<String, Object> input,
            byte[] pdf) {
        return versions.store(c.id(), kind, step, actor, "FINAL", input, pdf);
    }
}
