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

    /** Sets both labels from the case as it is now. */
    public static void set(VariableScope scope, DispatchCase c) {
        scope.setVariable(Chains.VAR_TITLE, title(c.document()));
        scope.setVariable(Chains.VAR_NUMBER, c.issuedSymbol() == null ? "Chưa có số"
                : "Số " + c.issuedSymbol() + ", " + IssueDate.of(c.issuedOn()).spelled());
    }

    /** "Công văn V/v hướng dẫn …" or "Kế hoạch Thực hiện …": how a document is named in lists. */
    public static String title(Dispatch d) {
        String type = d.type() == null ? "Văn bản" : d.type().displayName();
        String summary = d.summary() == null ? "" : d.summary().replace('\n', ' ');
        return d.type() != null && !d.type().hasTypeName() ? type + " V/v " + summary : type + " " + summary;
    }
}
