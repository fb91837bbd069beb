package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Finding;
import vn.vanthu.conformance.PrintedText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.DispatchValidator;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Mode;

/** The PDF a signer signs: final in every way, without DỰ THẢO, with the number and the day blank. */
class ForSignatureModeTests {

    private final Dispatch seed = DispatchReader.read(Path.of("examples/004-cong-van-so-ldtbxh-hung-yen.yaml"));

    @Test
    void numberAndDayMayBeBlankButTheSignerMustBeNamed() {
        Dispatch unnumbered = seed.issued(1, new IssueDate(null, 11, 2026));
        Dispatch blank = new Dispatch(unnumbered.style(), unnumbered.type(), unnumbered.issuer(), null,
                unnumbered.symbol(), unnumbered.unit(), unnumbered.date(), unnumbered.summary(),
                unnumbered.recipients(), unnumbered.authorityLine(), unnumbered.bases(), unnumbered.proposal(),
                unnumbered.body(), unnumbered.signature(), unnumbered.distribution(), unnumbered.marks(),
                unnumbered.appendices(), Mode.FOR_SIGNATURE);
        assertThat(DispatchValidator.validate(blank, Mode.FOR_SIGNATURE)).isEmpty();
        assertThat(DispatchValidator.validate(blank, Mode.FINAL)).extracting(FieldProblem::field)
                .contains("number", "date.day");
        List<FieldProblem> unsigned = DispatchValidator.validate(blank.withSignature(null), Mode.FOR_SIGNATURE);
        assertThat(unsigned).extracting(FieldProblem::field).contains("signature.name");

        byte[] pdf = DocumentRenderer.create().render(blank, Mode.FOR_SIGNATURE);
        List<String> lines = PrintedText.lines(pdf);
        assertThat(lines).noneMatch(l -> l.contains("DỰ THẢO"));
        assertThat(lines).anyMatch(l -> l.matches("1: Số: /.+"));
        assertThat(lines).anyMatch(l -> l.endsWith(", ngày tháng 11 năm 2026"));
        // without the signing fields the blanks are not allowed: only a draft or a prepared PDF may show them
        assertThat(new ConformanceChecker().check(pdf, "for-signature").failures()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("ND30-NUMBER-FORMAT", "ND30-DATE-FORMAT");
    }
}
