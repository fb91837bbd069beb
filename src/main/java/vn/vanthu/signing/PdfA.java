package vn.vanthu.signing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** PDF/A-2b validation with veraPDF, the reference validator (DSS does not claim PDF/A for what it writes). */
final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    static PdfAStatus check(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getFailedChecks().entrySet().stream()
                    .map(PdfA::describe).sorted().toList();
            return new PdfAStatus("PDF/A-2b", result.isCompliant(), failed);
        } catch (Exception e) {
            return new PdfAStatus("PDF/A-2b", false, List.of("không đọc được tệp: " + e.getMessage()));
        }
    }

    private static String describe(Map.Entry<RuleId, Integer> e) {
        return "ISO 19005-2 " + e.getKey().getClause() + "-" + e.getKey().getTestNumber() + " (" + e.getValue()
                + " lần)";
    }
}
