package vn.vanthu.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.vanthu.document.Authority;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Mode;
import vn.vanthu.document.Signature;
import vn.vanthu.platform.TemporaryDirectories;
import vn.vanthu.rendering.DocumentRenderer;

/**
 * One demo PKI per test run (in a temporary directory) and the documents tests sign: seed 002's Công văn of Sở
 * LĐTBXH, signed by its Phó Giám đốc, rendered for signature (number and day blank, no DỰ THẢO).
 */
final class SigningFixture {

    static final char[] PIN = DemoPki.DEMO_PIN.toCharArray();
    static final TestDirectory DIRECTORY = new TestDirectory();
    static final DocumentRenderer RENDERER = DocumentRenderer.create();

    private static DemoPki pki;

    private SigningFixture() {
    }

    static synchronized DemoPki pki() {
        if (pki == null) {
            pki = DemoPki.open(TemporaryDirectories.create("vanthu-pki-"), DIRECTORY);
        }
        return pki;
    }

    /** Writes a produced PDF under target/signing for a human to open. */
    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target/signing");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Signing signing() {
        return signing(pki());
    }

    static Signing signing(KeyRing ring) {
        return new Signing(() -> ring, DIRECTORY, new PinGuard(System::nanoTime));
    }

    static SignatureVerifier verifier() {
        return SignatureVerifier.trusting(pki().trust().anchors());
    }

    /** Seed 002's Công văn as the Phó Giám đốc signs it, month 11 of 2026. */
    static Dispatch dispatch() {
        Dispatch seed = DispatchReader.read(Path.of("examples/002a-cong-van-so-ldtbxh-dak-lak.yaml"));
        Signature signature = new Signature(List.of(new Authority(Authority.Prefix.KT, "GIÁM ĐỐC")), "PHÓ GIÁM ĐỐC",
                "Lương Thị Hồng Nhung", null, null);
        return seed.withSignature(signature).issued(1, new IssueDate(null, 11, 2026));
    }

    /** The same Công văn with the body repeated until it runs onto a second page. */
    static byte[] twoPagesForSignature() {
        try {
            String yaml = Files.readString(Path.of("examples/002a-cong-van-so-ldtbxh-dak-lak.yaml"));
            String paragraph = "  Nội dung bổ sung để văn bản dài hơn một trang, dùng cho kiểm thử chữ ký số.\n\n";
            Dispatch longer = DispatchReader.read(yaml.replace("body: |\n", "body: |\n" + paragraph.repeat(24)),
                    "two-pages.yaml");
            return RENDERER.render(longer.withSignature(dispatch().signature()).issued(1, new IssueDate(null, 11, 2026)),
                    Mode.FOR_SIGNATURE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] forSignature() {
        return RENDERER.render(dispatch(), Mode.FOR_SIGNATURE);
    }

    static byte[] issuedRendering(int number, int day) {
        return RENDERER.render(dispatch().issued(number, new IssueDate(day, 11, 2026)), Mode.FINAL);
    }
}
