package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;

class SigningRoundTripTests {

    @Test
    void signerThenAgencyBothPassWithNoDisallowedChange() throws Exception {
        Signing signing = SigningFixture.signing();
        byte[] shown = SigningFixture.forSignature();
        byte[] signed = signing.signAsSigner(shown, "pgd.sldtbxh", SigningFixture.PIN);
        byte[] issued = signing.issue(signed, "sldtbxh", 5, LocalDate.of(2026, 11, 3), SigningFixture.PIN);
        Files.createDirectories(Path.of("target/signing"));
        Files.write(Path.of("target/signing/signed.pdf"), signed);
        Files.write(Path.of("target/signing/issued.pdf"), issued);
        Verification v = SigningFixture.verifier().verify(issued);
        System.out.println(v);
        System.out.println(PdfA.check(signed));
        Report report = new ConformanceChecker().check(issued, "issued");
        System.out.println(ReportText.format(report));
        assertThat(v.signatures()).hasSize(2);
        assertThat(v.signatures()).allMatch(SignatureCheck::valid);
    }
}
