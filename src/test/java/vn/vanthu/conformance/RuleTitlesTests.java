package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleTitlesTests {

    // A rule id is an upper-case literal handed to a verdict, each part after a hyphen starting with a letter (so
    // not an algorithm's name such as "SHA-256"); a rule added without a Vietnamese title would print its bare id
    // in a văn thư's report.
    private static final Pattern RULE_ID = Pattern.compile("\"((?:ND30-|HD36-)?[A-Z][A-Z0-9]+(?:-[A-Z][A-Z0-9]*)+)\"");

    @Test
    void everyRuleTheCheckerNamesHasAVietnameseTitle() throws IOException {
        Set<String> ids = new TreeSet<>(Set.of("PAGENUM", "KINHGUI"));
        try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/vanthu/conformance"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith("RuleTitles.java")) {
                    continue;
                }
                Matcher m = RULE_ID.matcher(Files.readString(file));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }

        assertThat(ids).hasSizeGreaterThan(60);
        assertThat(ids).allSatisfy(id -> assertThat(RuleTitles.vi(id)).as(id).isNotEqualTo(id));
    }

    @Test
    void aPrefixedIdTakesTheTitleOfItsRule() {
        assertThat(RuleTitles.vi("ND30-QH-SIZE")).isEqualTo("Cỡ chữ Quốc hiệu");
        assertThat(RuleTitles.vi("HD36-ISSUER-STAR")).isEqualTo("Dấu sao dưới tên cơ quan Đảng");
        assertThat(RuleTitles.vi("ND30-NO-SUCH-RULE")).isEqualTo("ND30-NO-SUCH-RULE");
    }
}
