package vn.vanthu.exchange.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The attachment's base64, checked as it streams past: it accepts and refuses exactly what the JDK's schema
 * validator does when it reads the whole value, and leaves every other element to the validator.
 */
class Base64FilterTests {

    private static final String PACKAGE = new String(EdXml.write(EdXmlTests.document("V/v thử", BusinessType.NEW)),
            StandardCharsets.UTF_8);
    private static final Pattern CONTENT = Pattern.compile(
            "(<edXML:ContentTransferEncoded>)[^<]*(</edXML:ContentTransferEncoded>)");
    private static final Schema SCHEMA = schema();

    @Test
    void refusesAndAcceptsWhatTheValidatorDoesWithTheWholeValue() {
        List<String> cases = new ArrayList<>(List.of("", " ", "QQ==", "QR==", "QUE=", "QUF=", "QUFB", "QUFBQQ==",
                "Q Q = =", "Q\nQ\r\n=\t=", "QQ=", "Q===", "====", "QQ==QUFB", "Q=Q=", "QUFB=", "QUFBQ", "QU-B",
                "QU_B", "QUE=\n", "  QUFB  QUFB  ", "QUFB\u00a0", "QUFB\u0085"));
        Random random = new Random(20261130);
        String alphabet = "AQgwBCDRSTxyz019+/=== \n\t\r!-.é";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            cases.add(s.toString());
        }

        int refused = 0;
        for (String content : cases) {
            byte[] xml = withContent(content);
            boolean validatorAccepts = wholeValueProblems(xml).isEmpty();
            List<String> streamed = EdXml.validate(xml);
            assertThat(streamed.isEmpty()).as("'%s'", content).isEqualTo(validatorAccepts);
            if (validatorAccepts) {
                // decoded as it streamed past: the bytes of the value without its blanks (the JDK's MIME decoder,
                // which the reader used before, threw on blanks between the '=' that the schema accepts: "Q Q = =")
                assertThat(((EdDocument) EdXml.read(xml)).attachment().content()).as("'%s'", content)
                        .isEqualTo(Base64.getDecoder().decode(content.replaceAll("[ \t\r\n]", "")));
            }
            if (!validatorAccepts) {
                refused++;
                assertThat(streamed).as("'%s'", content).singleElement().asString()
                        .startsWith("dòng ").contains("ContentTransferEncoded");
            }
        }
        // the random cases must exercise both answers
        assertThat(refused).isBetween(cases.size() / 10, cases.size() * 9 / 10);
    }

    @Test
    void otherProblemsOfThePackageAreStillTheValidatorsAndTheContentIsStillRead() {
        String noSubject = PACKAGE.replaceAll("<edXML:Subject>[^<]*</edXML:Subject>", "");
        byte[] bad = CONTENT.matcher(noSubject).replaceFirst("$1QU!B$2").getBytes(StandardCharsets.UTF_8);

        assertThat(EdXml.validate(bad)).hasSize(2).anyMatch(p -> p.contains("Subject"))
                .anyMatch(p -> p.contains("ContentTransferEncoded"));
        // an element of that name elsewhere is not an attachment: the validator refuses it, content and all
        String stray = PACKAGE.replace("<edXML:Subject>", "<edXML:Subject><edXML:ContentTransferEncoded>QQ=="
                + "</edXML:ContentTransferEncoded>");
        assertThat(EdXml.validate(stray.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        // the JDK's validator alone throws ArrayIndexOutOfBoundsException on this one: refused here, by name
        assertThatThrownBy(() -> EdXml.read(withContent("QU\u00e9="))).isInstanceOfSatisfying(InvalidPackage.class,
                refused -> assertThat(refused.problems()).singleElement().asString().contains("ContentTransferEncoded"));
        EdDocument read = (EdDocument) EdXml.read(withContent("JVBER i0x\nLjc="));
        assertThat(new String(read.attachment().content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
    }

    @Test
    void aLargeAttachmentIsDecodedWhicheverWayTheParserCutsItsText() {
        Random random = new Random(1);
        for (int size : new int[] {0, 1, 2, 3, 190_001, 512 * 1024}) {
            byte[] pdf = new byte[size];
            random.nextBytes(pdf);
            for (String encoded : List.of(Base64.getEncoder().encodeToString(pdf),
                    Base64.getMimeEncoder().encodeToString(pdf), "\n  " + Base64.getMimeEncoder(64, "\r\n".getBytes(
                    StandardCharsets.US_ASCII)).encodeToString(pdf) + "\n")) {
                EdDocument read = (EdDocument) EdXml.read(withContent(encoded));
                assertThat(read.attachment().content()).as("%d bytes", size).isEqualTo(pdf);
            }
        }
    }

    private static byte[] withContent(String content) {
        Matcher m = CONTENT.matcher(PACKAGE);
        assertThat(m.find()).isTrue();
        return (PACKAGE.substring(0, m.end(1)) + content + PACKAGE.substring(m.start(2)))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The JDK validator alone, reading the package as it is; a crash counts as a refusal. */
    private static List<String> wholeValueProblems(byte[] xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            problems.add(String.valueOf(e));
        }
        return problems;
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(EdXml.class.getResource(EdXml.SCHEMA));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
