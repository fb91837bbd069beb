package vn.vanthu.rendering;

import java.util.List;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchValidator;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.document.Mode;
import vn.vanthu.document.markup.Markup;

/** Turns a dispatch into a Decree 30 PDF/A-2b; thread-safe, build one and share it. */
public final class DocumentRenderer {

    private final Templates templates;
    private final FopEngine fop;

    private DocumentRenderer(Templates templates, FopEngine fop) {
        this.templates = templates;
        this.fop = fop;
    }

    /** A renderer with the bundled templates and fonts, and the default {@link RenderBudget}. */
    public static DocumentRenderer create() {
        return create(RenderBudget.DEFAULT);
    }

    /** A renderer whose every render stops with {@link RenderBudgetExceeded} when it goes over {@code budget}. */
    public static DocumentRenderer create(RenderBudget budget) {
        return new DocumentRenderer(new Templates(), new FopEngine(budget));
    }

    /**
     * Renders the dispatch in the given mode; throws InvalidDispatch listing every bad field, and
     * RenderBudgetExceeded when the render goes over this renderer's budget.
     */
    public byte[] render(Dispatch dispatch, Mode mode) {
        long start = System.nanoTime(); // the time budget covers validation and templates too
        String title = DispatchView.documentTitle(dispatch);
        return fop.render(fo(dispatch, mode), title, start);
    }

    /** Renders a tabular document (register, consultation summary) as PDF/A-2b. */
    public byte[] renderTable(TableReport report) {
        long start = System.nanoTime();
        String fo = templates.render("table-report.ftlx", TableReportView.of(report));
        return fop.render(fo, report.title(), start);
    }

    /** The XSL-FO the dispatch lays out as (validated first); for tests and debugging. */
    public String fo(Dispatch dispatch, Mode mode) {
        return Markup.readOnce(() -> {
            List<FieldProblem> problems = DispatchValidator.validate(dispatch, mode);
            if (!problems.isEmpty()) {
                throw new InvalidDispatch(problems);
            }
            return templates.render(DispatchView.template(dispatch), DispatchView.of(dispatch, mode));
        });
    }
}
