package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The demo PKI says it is a demo, keeps each key behind the demo PIN, and draws images that look the part. */
class DemoPkiTests {

    private final DemoPki pki = SigningFixture.pki();

    @Test
    void rootAndCertificatesAreNamedAsADemoWithoutLegalValue() {
        X509Certificate root = pki.trust().anchors().get(0);
        assertThat(root.getSubjectX500Principal().getName()).contains("vanthu DEMO CA – không có giá trị pháp lý");
        try (Signer.Key key = pki.agency("ubnd").unlock(SigningFixture.PIN)) {
            X509Certificate seal = key.chain().get(0);
            assertThat(seal.getSubjectX500Principal().getName()).contains("CN=Ủy ban nhân dân tỉnh Đắk Lắk");
            assertThat(seal.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
            assertThat(seal.getKeyUsage()[1]).as("non-repudiation").isTrue();
        }
    }

    @Test
    void reopeningKeepsTheKeysAlreadyMade() throws Exception {
        byte[] before = Files.readAllBytes(pki.directory().resolve("people/pgd.sldtbxh.p12"));
        DemoPki again = DemoPki.open(pki.directory(), SigningFixture.DIRECTORY);
        assertThat(Files.readAllBytes(again.directory().resolve("people/pgd.sldtbxh.p12"))).isEqualTo(before);
        assertThat(again.trust().anchors()).isEqualTo(pki.trust().anchors());
    }

    @Test
    void signatureImageIsBlueInkOnTransparency() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(pki.signatureImage("pgd.sldtbxh")));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(0, 0) >>> 24).as("corner transparent").isZero();
        int[] ink = meanInk(image);
        assertThat(ink[2]).isGreaterThan(ink[0] + 60);
        assertThat(pki.signatureImage("pgd.sldtbxh")).isNotEqualTo(pki.signatureImage("gd.sldtbxh"));
    }

    @Test
    void sealIsARoundRedSealOfActualSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(pki.sealImage("sldtbxh")));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isEqualTo(Math.round(38 / 25.4f * 600) / 2);
        assertThat(image.getRGB(0, 0) >>> 24).as("outside the ring transparent").isZero();
        int centre = image.getWidth() / 2;
        assertThat(image.getRGB(centre, centre) >>> 24).as("the star in the centre").isEqualTo(255);
        int[] ink = meanInk(image);
        assertThat(ink[0]).isGreaterThan(ink[1] + 100).isGreaterThan(ink[2] + 100);
    }

    private static int[] meanInk(BufferedImage image) {
        long[] sum = new long[3];
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if (argb >>> 24 > 200) {
                    sum[0] += argb >> 16 & 0xFF;
                    sum[1] += argb >> 8 & 0xFF;
                    sum[2] += argb & 0xFF;
                    n++;
                }
            }
        }
        return new int[] {(int) (sum[0] / n), (int) (sum[1] / n), (int) (sum[2] / n)};
    }
}
