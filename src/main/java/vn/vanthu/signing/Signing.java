package vn.vanthu.signing;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanthu.conformance.Anchors;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.document.IssueDate;

/**
 * The two signatures of an electronic dispatch (Decree 30, Điều 5; Phụ lục I, II.7–II.8): the signer's own
 * signature on the PDF rendered for signature, then at issue the number and day and the agency's signature
 * with the seal image. Each result is a PAdES-B-LT PDF/A-2b; thread-safe.
 */
public final class Signing {

    private static final Logger log = LoggerFactory.getLogger(Signing.class);

    private final Supplier<KeyRing> keys;
    private final Directory directory;
    private final PinGuard pins;

    Signing(Supplier<KeyRing> keys, Directory directory, PinGuard pins) {
        this.keys = keys;
        this.directory = directory;
        this.pins = pins;
    }

    /**
     * The signer (ô 7c) signs the PDF shown to them (rendered with {@code Mode.FOR_SIGNATURE}: number and day
     * blank): the number, day and seal fields are added, then the certification signature with the person's
     * signature image between the titles and the name. Throws WrongPin or PinLocked (nothing signed) or
     * CertificateRefused.
     */
    public byte[] signAsSigner(byte[] pdf, String userId, char[] pin) {
        Person person = directory.person(userId).orElseThrow(() -> new NoSigningKey(userId));
        pins.check(userId);
        KeyRing ring = keys.get();
        Anchors anchors = Anchors.locate(pdf);
        if (anchors.number() == null || anchors.day() == null) {
            throw new IllegalArgumentException("văn bản trình ký phải để trống số và ngày cho văn thư điền sau khi ký");
        }
        Placement.Rect signature = Placement.signature(anchors);
        byte[] prepared = FormFields.prepare(pdf, anchors, signature, Placement.seal(signature));
        String place = directory.agency(person.agencyId()).map(Agency::place).orElse(null);
        try (Signer.Key key = unlock(ring, userId, pin)) {
            CertificateCheck.require(key.chain(), ring.trust(), person.fullName());
            byte[] signed = Pades.sign(new Pades.Request(prepared, FormFields.SIGNER, null,
                    ring.signatureImage(userId), null, true, "Ký ban hành văn bản", place, new Date()), key,
                    ring.trust());
            log.info("{} đã ký số văn bản ({} byte, PAdES-B-LT, khóa {})", person.fullName(), signed.length,
                    ring.person(userId).description());
            return signed;
        }
    }

    private Signer.Key unlock(KeyRing ring, String userId, char[] pin) {
        Signer.Key key;
        try {
            key = ring.person(userId).unlock(pin);
        } catch (WrongPin e) {
            throw new WrongPin(pins.failed(userId));
        }
        pins.succeeded(userId);
        return key;
    }

    /**
     * The văn thư issues the signed PDF: the number and the day are written into their fields in an
     * incremental update, then the agency signs with its seal image over the left third of the signer's
     * image. The signer's signature must be intact, or nothing is issued (SignatureInvalid); the date must be
     * in the month and year the signer saw (IssueDateRefused).
     */
    public byte[] issue(byte[] signedPdf, String agencyId, int number, LocalDate date, char[] agencyPin) {
        KeyRing ring = keys.get();
        SignatureVerifier.requireIntact(signedPdf, ring.trust());
        IssueDateRefused.requireSameMonth(Anchors.locate(signedPdf).dateLine(), date);
        String day = IssueDate.paddedDay(date.getDayOfMonth());
        String numberText = number < 10 ? "0" + number : Integer.toString(number);
        byte[] filled = FieldFill.fill(signedPdf, numberText, day);
        Agency agency = directory.agency(agencyId).orElseThrow(() -> new NoSigningKey("cơ quan " + agencyId));
        try (Signer.Key key = ring.agency(agencyId).unlock(agencyPin)) {
            CertificateCheck.require(key.chain(), ring.trust(), agency.shortName());
            byte[] sealed = Pades.sign(new Pades.Request(filled, FormFields.SEAL, null, ring.sealImage(agencyId), null,
                    false, "Phát hành văn bản số " + numberText, agency.place(), new Date()), key, ring.trust());
            log.info("{} đã phát hành văn bản số {} ngày {} với chữ ký số của cơ quan", agency.shortName(), numberText,
                    day);
            return sealed;
        }
    }

    /**
     * The same issue with the agency key's PIN kept on the server ({@code vanthu.signing.agencies.<id>.pin}, or
     * the demo PIN); throws NoSigningKey when the văn thư has to type it (use the overload with the PIN).
     */
    public byte[] issue(byte[] signedPdf, String agencyId, int number, LocalDate date) {
        char[] pin = keys.get().agencyPin(agencyId).orElseThrow(() -> new NoSigningKey("cơ quan " + agencyId
                + " (mã PIN của khóa cơ quan do văn thư nhập)"));
        return issue(signedPdf, agencyId, number, date, pin);
    }

    /**
     * The agency signs an appendix kept in a separate file (Phụ lục I, II.8.b): top right of page 1, no image,
     * the main document's số và ký hiệu and the signing time (ISO 8601, +07:00) in 10 pt.
     */
    public byte[] sealAppendix(byte[] appendixPdf, String agencyId, String numberAndSymbol, char[] agencyPin) {
        KeyRing ring = keys.get();
        Agency agency = directory.agency(agencyId).orElseThrow(() -> new NoSigningKey("cơ quan " + agencyId));
        Anchors anchors = Anchors.locate(appendixPdf);
        Date now = new Date();
        try (Signer.Key key = ring.agency(agencyId).unlock(agencyPin)) {
            CertificateCheck.require(key.chain(), ring.trust(), agency.shortName());
            return Pades.sign(new Pades.Request(appendixPdf, null, Placement.appendixInfo(
                    anchors.pageWidth(), anchors.pageHeight()), null, AppendixText.of(numberAndSymbol, now), false,
                    "Phát hành phụ lục kèm văn bản số " + numberAndSymbol, agency.place(), now), key, ring.trust());
        }
    }
}
