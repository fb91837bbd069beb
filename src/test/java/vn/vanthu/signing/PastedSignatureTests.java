package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESUtils;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The signature pasted in one pass lands where DSS's own byte-by-byte paste puts it, to the byte. */
class PastedSignatureTests {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pastesWhereDssPastesOrLeavesTheCaseToDss() throws Exception {
        Random random = new Random(20261130);
        int pasted = 0;
        int left = 0;
        for (int n = 0; n < 2_000; n++) {
            byte[] cms = new byte[1 + random.nextInt(6)];
            random.nextBytes(cms);
            byte[] document = document(random, cms.length * 2);
            byte[] ours = PastedSignature.paste(document, cms);
            byte[] dss;
            try {
                dss = Pades.bytes(PAdESUtils.replaceSignature(new InMemoryDocument(document), cms, null));
            } catch (RuntimeException e) {
                dss = null;
            }
            if (ours != null) {
                assertThat(ours).as("case %d", n).isEqualTo(dss);
                pasted++;
            } else {
                // left to DSS: no placeholder, two of them (DSS refuses), or one cut short by the end of the file
                String text = new String(document, StandardCharsets.ISO_8859_1);
                assertThat(dss == null || text.matches("(?s).*<0*")).as("case %d", n).isTrue();
                left++;
            }
        }
        assertThat(pasted).as("pasted").isGreaterThan(400);
        assertThat(left).as("left to DSS").isGreaterThan(400);
    }

    @Test
    void aRealPlaceholderTakesTheHexAndKeepsItsTrailingZeros() {
        String before = "%PDF-1.7\n1 0 obj <</Type /Sig /Contents <";
        String after = "> /ByteRange [0 40 60 20]>> endobj\n%%EOF\n";
        byte[] document = (before + "0".repeat(16) + after).getBytes(StandardCharsets.US_ASCII);

        byte[] signed = PastedSignature.paste(document, new byte[] {(byte) 0xAB, 0x01, 0x2F});

        assertThat(new String(signed, StandardCharsets.US_ASCII))
                .isEqualTo(before + "ab012f" + "0".repeat(10) + after);
        assertThat(PastedSignature.paste(document, new byte[9])).as("a signature longer than the placeholder")
                .isNull();
    }

    /** Random pieces: PDF-ish bytes, '<' with runs of zeros around the signature's length, other bytes. */
    private static byte[] document(Random random, int hexLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PDF);
        for (int piece = random.nextInt(5); piece >= 0; piece--) {
            switch (random.nextInt(4)) {
                case 0 -> out.writeBytes("obj <</A 10>>\n".getBytes(StandardCharsets.US_ASCII));
                case 1 -> out.write('<');
                case 2 -> out.writeBytes("0".repeat(random.nextInt(3)).getBytes(StandardCharsets.US_ASCII));
                default -> out.writeBytes(("<" + "0".repeat(Math.max(0, hexLength + random.nextInt(5) - 2)))
                        .getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }
}
