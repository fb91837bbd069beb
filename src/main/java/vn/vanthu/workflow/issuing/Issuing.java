package vn.vanthu.workflow.issuing;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchWriter;
import vn.vanthu.numbering.NewEntry;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.numbering.Series;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DispatchIssued;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Documents;
import vn.vanthu.workflow.dispatch.History;
import vn.vanthu.workflow.dispatch.Renditions;
import vn.vanthu.workflow.dispatch.Subjects;

/**
 * The văn thư's number: the next number of the issuer's register, the number and date written into the
 * signed text, the issued PDF — all in the transaction of the issuing step, so a failure uses no number.
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
    private final ApplicationEventPublisher events;

    Issuing(DispatchStore store, Directory directory, Register register, Renditions renditions, Versions versions,
            Subjects subjects, History history, ApplicationEventPublisher events) {
        this.store = store;
        this.directory = directory;
        this.register = register;
        this.renditions = renditions;
        this.versions = versions;
        this.subjects = subjects;
        this.history = history;
        this.events = events;
    }

    /** Numbers and issues the signed document in the register of the body that issues it. */
    public void issue(DispatchCase c) {
        String issuer = Chains.SO_BAN_HANH.equals(c.chain()) ? c.agencyId() : directory.provincialCommittee();
        String clerk = clerk(c, issuer);
        RegisterEntry entry = numbered(c, c.document(), issuer, DocumentKind.MAIN);
        Dispatch issued = Documents.issued(c.document(), entry.number(), entry.issuedOn());
        c.issued(issued, entry.numberAndSymbol(), entry.issuedOn());
        store.update(c);
        StoredVersion stored = renditions.store(c, DocumentKind.MAIN, Chains.CAP_SO_PHAT_HANH, clerk, issued);
        events.publishEvent(new DispatchIssued(c.id(), DocumentKind.MAIN, issuer, entry.numberAndSymbol(),
                entry.issuedOn(), stored.version()));
        log.info("Văn bản {} đã được {} cấp số {} ngày {} và phát hành", c.id(), clerk, entry.numberAndSymbol(),
                entry.issuedOn());
    }

    /** Numbers the Sở's signed submission letter in the Sở's register; it then goes to UBND tỉnh. */
    public void issueSubmission(DispatchCase c) {
        String clerk = clerk(c, c.agencyId());
        RegisterEntry entry = numbered(c, c.submission(), c.agencyId(), DocumentKind.SUBMISSION);
        Dispatch issued = Documents.issued(c.submission(), entry.number(), entry.issuedOn());
        c.submittedToUbnd(issued);
        store.update(c);
        StoredVersion stored = renditions.store(c, DocumentKind.SUBMISSION, Chains.CAP_SO_TO_TRINH, clerk, issued);
        events.publishEvent(new DispatchIssued(c.id(), DocumentKind.SUBMISSION, c.agencyId(),
                entry.numberAndSymbol(), entry.issuedOn(), stored.version()));
        log.info("Văn bản trình của văn bản {} đã có số {}, trình UBND tỉnh", c.id(), entry.numberAndSymbol());
    }

    /** Registers the signed text; it must be exactly the text of the version the signer signed. */
    private RegisterEntry numbered(DispatchCase c, Dispatch signed, String issuer, DocumentKind kind) {
        StoredVersion signedVersion = subjects.latest(c.id(), kind);
        if (!signedVersion.contentSha256().equals(versions.contentHash(DispatchWriter.toMap(signed)))) {
            throw new IllegalStateException("văn bản " + c.id() + ": nội dung phát hành khác bản đã ký");
        }
        LocalDate today = LocalDate.now(Documents.VIETNAM);
        Series series = signed.marks().secrecy() == null ? Series.ORDINARY : Series.CONFIDENTIAL;
        String signer = signed.signature() == null ? "" : signed.signature().name();
        var recipients = signed.distribution() == null ? signed.recipients() : signed.distribution().recipients();
        return register.issue(new NewEntry(issuer, series, today, signed.symbolOrDerived(),
                signed.summary().replace('\n', ' '), signer, String.join("; ", recipients), c.id()));
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
