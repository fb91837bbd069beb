package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LibreOfficeTests {

    @Test
    void print() throws Exception {
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/conformance/libreoffice-cong-van.pdf")) {
            pdf = in.readAllBytes();
        }
        Report report = new ConformanceChecker().check(pdf, "lo");
        System.out.println(ReportText.format(report));
        assertThat(report).isNotNull();
    }
}
