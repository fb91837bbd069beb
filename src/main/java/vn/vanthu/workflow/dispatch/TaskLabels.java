package vn.vanthu.workflow.dispatch;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.IssueDate;
import vn.vanthu.workflow.Chains;

/**
 * The two process variables the Tasklist lists beside each task (display only; nothing reads them to
 * decide anything): the document's type and trích yếu, and its số and date once known.
 */
public final class TaskLabels {

    private TaskLabels() {
    }

    /** Sets both labels, local to the task, from the case as it is now. */
    public static void set(VariableScope task, DispatchCase c) {
        task.setVariableLocal(Chains.VAR_TITLE, title(c.document()));
        task.setVariableLocal(Chains.VAR_NUMBER, number(c));
    }

    /** The number known so far: the document's own, else (UBND steps) that of the Sở's submission letter. */
    static String number(DispatchCase c) {
        if (c.issuedSymbol() != null) {
            return "Số " + c.issuedSymbol() + ", " + IssueDate.of(c.issuedOn()).spelled();
        }
        Dispatch letter = c.submission();
        if (letter != null && letter.number() != null && letter.date() != null && letter.date().complete()) {
            return "Văn bản trình số " + (letter.number() < 10 ? "0" : "") + letter.number() + "/"
                    + letter.symbolOrDerived() + ", " + letter.date().spelled();
        }
        return "Chưa có số";
    }

    /** "Công văn V/v hướng dẫn …" or "Kế hoạch Thực hiện …": how a document is named in lists. */
    public static String title(Dispatch d) {
        String type = d.type() == null ? "Văn bản" : d.type().displayName();
        String summary = d.summary() == null ? "" : d.summary().replace('\n', ' ');
        return d.type() != null && !d.type().hasTypeName() ? type + " V/v " + summary : type + " " + summary;
    }
}
