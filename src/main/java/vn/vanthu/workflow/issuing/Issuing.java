package vn.vanthu.workflow.issuing;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchWriter;
import vn.vanthu.exchange.Dispatching;
import vn.vanthu.exchange.IssuedDocument;
import vn.vanthu.exchange.Recipients;
import vn.vanthu.exchange.Resolution;
import vn.vanthu.numbering.NewEntry;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.numbering.Series;
import vn.vanthu.platform.Meters;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.signing.Signing;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Documents;
import vn.vanthu.workflow.dispatch.History;
import vn.vanthu.workflow.dispatch.Renditions;
import vn.vanthu.workflow.dispatch.Subjects;

/**
 * The văn thư's number: the next number of the issuer's register, written into the signed PDF's fields and
 * sealed with the agency's signature, then sent to every Nơi nhận — all in the transaction of the issuing
 * step, so a failure uses no number and sends nothing.
 */
@Service
public class Issuing {

    private static final Logger log = LoggerFactory.getLogger(Issuing.class);

    private final DispatchStore store;
    private final Directory directory;
    private final Register register;
    private final Renditions renditions;
    private final Versions versions;
    private final Subjects subjects;
    private final History history;
    private final Signing signing;
    private final Recipients recipients;
    private final Dispatching dispatching;
    private final Meters meters;

    Issuing(DispatchStore store, Directory directory, Register register, Renditions renditions, Versions versions,
            Subjects subjects, History history, Signing signing, Recipients recipients, Dispatching dispatching,
            Meters meters) {
        this.store = store;
        this.directory = directory;
        this.register = register;
        this.renditions = renditions;
        this.versions = versions;
        this.subjects = subjects;
        this.history = history;
        this.signing = signing;
        this.recipients = recipients;
        this.dispatching = dispatching;
        this.meters = meters;
    }

    /** Numbers, seals and sends the signed document, in the register of the body that issues it. */
    public void issue(DispatchCase c) {
        String issuer = c.issuerId(directory.provincialCommittee());
        String clerk = clerk(c, issuer);
        Sealed sealed = seal(c, c.document(), issuer, DocumentKind.MAIN);
        c.issued(sealed.document(), sealed.entry().numberAndSymbol(), sealed.entry().issuedOn());
        store.update(c);
        renditions.storePdf(c, DocumentKind.MAIN, Chains.CAP_SO_PHAT_HANH, clerk, sealed.document(), sealed.pdf());
        // the văn thư's decision checked that every line is known; what a line maps to is read now
        Resolution to = recipients.resolve(sealed.document(), issuer);
        dispatching.send(new IssuedDocument(c.id(), sealed.document(), sealed.pdf(), issuer, to.recipients(), clerk,
                null, store.answers(c.id()).orElse(null)));
        log.info("Văn bản {} đã được {} cấp số {} ngày {}, đóng dấu số và gửi {} nơi nhận", c.id(), clerk,
                sealed.entry().numberAndSymbol(), sealed.entry().issuedOn(), to.recipients().size());
    }

    /** Numbers and seals the Sở's signed submission letter; the chain itself carries it to UBND tỉnh. */
    public void issueSubmission(DispatchCase c) {
        String clerk = clerk(c, c.agencyId());
        Sealed sealed = seal(c, c.submission(), c.agencyId(), DocumentKind.SUBMISSION);
        c.submittedToUbnd(sealed.document());
        store.update(c);
        renditions.storePdf(c, DocumentKind.SUBMISSION, Chains.CAP_SO_TO_TRINH, clerk, sealed.document(),
                sealed.pdf());
        log.info("Văn bản trình của văn bản {} đã có số {}, trình UBND tỉnh", c.id(), sealed.entry().numberAndSymbol());
    }

    /** The issued text, its register entry and the sealed PDF. */
    private record Sealed(Dispatch document, RegisterEntry entry, byte[] pdf) {
    }

    /**
     * Registers the signed text, then fills the number and date into the PDF the signer signed and adds the
     * agency's signature (ô 8); the text must be exactly the one the signer signed.
     */
    private Sealed seal(DispatchCase c, Dispatch signed, String issuer, DocumentKind kind) {
        StoredVersion signedVersion = subjects.latest(c.id(), kind);
        String signer = kind == DocumentKind.SUBMISSION ? c.submissionSigner() : c.signer();
        if (!signedVersion.actor().equals(signer)
                || !signedVersion.contentSha256().equals(versions.contentHash(DispatchWriter.toMap(signed)))) {
            throw new IllegalStateException("văn bản " + c.id() + ": nội dung phát hành khác bản " + signer + " đã ký");
        }
        LocalDate today = LocalDate.now(Documents.VIETNAM);
        Series series = signed.marks().secrecy() == null ? Series.ORDINARY : Series.CONFIDENTIAL;
        String signerName = signed.signature() == null ? "" : signed.signature().name();
        var lines = signed.distribution() == null ? signed.recipients() : signed.distribution().recipients();
        RegisterEntry entry = register.issue(new NewEntry(issuer, series, today, signed.symbolOrDerived(),
                signed.summary().replace('\n', ' '), signerName, String.join("; ", lines), c.id()));
        byte[] pdf = signing.issue(renditions.pdf(c, signedVersion), issuer, entry.number(), entry.issuedOn());
        meters.issued(issuer, series.name());
        return new Sealed(Documents.issued(signed, entry.number(), entry.issuedOn()), entry, pdf);
    }

    /** The văn thư who chose "issue"; re-checked here, since only a văn thư of the issuer numbers its documents. */
    private String clerk(DispatchCase c, String issuer) {
        String clerk = history.lastActor(c.id(), "issue");
        Person p = directory.person(clerk).orElse(null);
        if (p == null || p.role() != Role.VAN_THU || !p.agencyId().equals(issuer)) {
            throw new IllegalStateException("văn bản " + c.id() + ": " + clerk + " không phải văn thư của " + issuer);
        }
        return clerk;
    }
}
