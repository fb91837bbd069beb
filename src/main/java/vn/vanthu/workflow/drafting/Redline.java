package vn.vanthu.workflow.drafting;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.Appendix;
import vn.vanthu.document.Dispatch;

/**
 * What changed between two drafts, part by part (trích yếu, Kính gửi, each paragraph of the body and
 * of each phụ lục, the signature block, Nơi nhận), and within a changed paragraph word by word.
 */
public final class Redline {

    /** A run of words: kept, inserted or deleted. */
    public record Segment(String op, String text) {
    }

    /** One changed part: before, after (either may be empty) and the word-level segments between them. */
    public record Change(String part, String before, String after, List<Segment> segments) {
    }

    private record Line(String part, String text) {
    }

    private static final Pattern TOKEN =
            Pattern.compile("\\s*(?:[\\p{L}\\p{M}\\p{N}]+(?:[-/.,:'’&][\\p{L}\\p{M}\\p{N}]+)*|\\S)");

    private Redline() {
    }

    /** The changes from {@code before} to {@code after}, in document order; empty when the texts are equal. */
    public static List<Change> between(Dispatch before, Dispatch after) {
        List<Line> a = lines(before);
        List<Line> b = lines(after);
        List<String> aText = a.stream().map(l -> l.part() + "\u0000" + l.text()).toList();
        List<String> bText = b.stream().map(l -> l.part() + "\u0000" + l.text()).toList();
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(aText, bText).getDeltas()) {
            List<Line> gone = a.subList(delta.getSource().getPosition(), delta.getSource().last() + 1);
            List<Line> come = b.subList(delta.getTarget().getPosition(), delta.getTarget().last() + 1);
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(gone.size(), come.size()) : 0;
            for (int i = 0; i < paired; i++) {
                changes.add(change(come.get(i).part(), gone.get(i).text(), come.get(i).text()));
            }
            for (Line l : gone.subList(paired, gone.size())) {
                changes.add(change(l.part(), l.text(), ""));
            }
            for (Line l : come.subList(paired, come.size())) {
                changes.add(change(l.part(), "", l.text()));
            }
        }
        return changes;
    }

    private static Change change(String part, String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(from, to, (x, y) -> x.strip().equals(y.strip())).getDeltas()) {
            add(segments, "equal", from.subList(at, d.getSource().getPosition()));
            add(segments, "delete", d.getSource().getLines());
            add(segments, "insert", d.getTarget().getLines());
            at = d.getSource().getPosition() + d.getSource().size();
        }
        add(segments, "equal", from.subList(at, from.size()));
        return new Change(part, before, after, segments);
    }

    private static void add(List<Segment> segments, String op, List<String> tokens) {
        if (!tokens.isEmpty()) {
            segments.add(new Segment(op, String.join("", tokens)));
        }
    }

    /**
     * Words and punctuation marks, each with the blank before it, so a segment prints as typed: "dung." and
     * "dung mới." differ by " mới" alone, not by the whole word the full stop clings to. A word keeps the marks
     * inside it ("51/BC-ĐGS", "1.000", "Đ/c").
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.strip());
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<Line> lines(Dispatch d) {
        List<Line> lines = new ArrayList<>();
        add(lines, "Trích yếu", d.summary());
        d.recipients().forEach(r -> add(lines, "Kính gửi", r));
        d.bases().forEach(r -> add(lines, "Căn cứ", r));
        paragraphs(lines, "Nội dung", d.body());
        for (int i = 0; i < d.appendices().size(); i++) {
            Appendix x = d.appendices().get(i);
            String part = x.label() != null ? x.label() : "Phụ lục " + (i + 1);
            add(lines, part, x.title());
            paragraphs(lines, part, x.body());
        }
        if (d.signature() != null) {
            d.signature().authority().forEach(x -> add(lines, "Người ký", x.prefix().written(d.style()) + " " + x.title()));
            add(lines, "Người ký", d.signature().title());
            add(lines, "Người ký", d.signature().name());
        }
        if (d.distribution() != null) {
            d.distribution().recipients().forEach(r -> add(lines, "Nơi nhận", r));
        }
        return lines;
    }

    private static void paragraphs(List<Line> lines, String part, String body) {
        if (body != null) {
            Arrays.stream(body.split("\\n\\s*\\n")).forEach(p -> add(lines, part, p.replaceAll("\\s+", " ")));
        }
    }

    private static void add(List<Line> lines, String part, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(new Line(part, text.strip()));
        }
    }
}
