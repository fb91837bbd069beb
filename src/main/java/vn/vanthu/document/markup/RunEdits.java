package vn.vanthu.document.markup;

import java.util.ArrayList;
import java.util.List;

import vn.vanthu.document.markup.Block.Run;

/** Small edits on runs: cutting off a typed label, putting typed markup characters back around text. */
final class RunEdits {

    private RunEdits() {
    }

    /**
     * The runs without their first {@code length} characters and the blanks after them; the label
     * a clerk typed ("Điều 5.", "II.") always sits inside the first run.
     */
    static List<Run> dropLeading(List<Run> runs, int length) {
        List<Run> result = new ArrayList<>(runs);
        Run first = result.remove(0);
        String rest = first.text().substring(length);
        result.add(0, new Run(rest, first.bold(), first.italic()));
        // "**Điều 5.** Đối tượng": the blank after the label may open the next run
        while (!result.isEmpty()) {
            Run head = result.get(0);
            String stripped = stripLeadingBlanks(head.text());
            if (!stripped.isEmpty()) {
                result.set(0, new Run(stripped, head.bold(), head.italic()));
                break;
            }
            result.remove(0);
        }
        return result;
    }

    /** Plain {@code prefix} + runs + plain {@code suffix}, merged into neighbouring plain runs. */
    static List<Run> around(String prefix, List<Run> runs, String suffix) {
        List<Run> result = new ArrayList<>(runs.size() + 2);
        add(result, new Run(prefix, false, false));
        runs.forEach(run -> add(result, run));
        add(result, new Run(suffix, false, false));
        return result;
    }

    private static void add(List<Run> runs, Run run) {
        if (run.text().isEmpty()) {
            return;
        }
        int last = runs.size() - 1;
        if (last >= 0 && !run.footnote() && !runs.get(last).footnote() && runs.get(last).bold() == run.bold()
                && runs.get(last).italic() == run.italic()) {
            runs.set(last, new Run(runs.get(last).text() + run.text(), run.bold(), run.italic()));
        } else {
            runs.add(run);
        }
    }

    private static String stripLeadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return text.substring(i);
    }
}
