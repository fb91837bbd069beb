package vn.vanthu.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.directory.Directory;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.numbering.NewEntry;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.numbering.Series;
import vn.vanthu.registry.Versions;

/**
 * The văn thư's service tasks: take the next number of the register, fill in number and date, render
 * the issued PDF — all in the transaction of the issuing step, so a failure leaves no number used.
 */
@Configuration(proxyBeanMethods = false)
class IssueSteps {

    private static final Logger log = LoggerFactory.getLogger(IssueSteps.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    JavaDelegate issueDispatch(DispatchStore store, Directory directory, Register register, Renditions renditions,
            Versions versions, Events events) {
        return execution -> {
            DispatchCase c = store.find(UUID.fromString(execution.getVariable(Chains.VAR_DISPATCH).toString()))
                    .orElseThrow();
            String issuer = Chains.SO_BAN_HANH.equals(c.chain()) ? c.agencyId() : directory.provincialCommittee();
            RegisterEntry entry = register(c, c.document(), issuer, "main", register, versions);
            c.issued(entry.numberAndSymbol(), entry.issuedOn());
            renditions.store(c, "main", Chains.CAP_SO_PHAT_HANH, clerk(events, c), issuedText(c.document(), entry));
            store.update(c);
            log.info("Văn bản {} đã được cấp số {} và phát hành", c.id(), c.issuedSymbol());
        };
    }

    @Bean
    JavaDelegate submissionIssued(DispatchStore store, Register register, Renditions renditions, Versions versions,
            Events events) {
        return execution -> {
            DispatchCase c = store.find(UUID.fromString(execution.getVariable(Chains.VAR_DISPATCH).toString()))
                    .orElseThrow();
            RegisterEntry entry = register(c, c.submission(), c.agencyId(), "submission", register, versions);
            Map<String, Object> issued = issuedText(c.submission(), entry);
            c.withSubmission(issued);
            renditions.store(c, "submission", Chains.CAP_SO_TO_TRINH, clerk(events, c), issued);
            store.update(c);
            execution.setVariable(Chains.VAR_SUBMISSION_NUMBERED, true);
            log.info("Văn bản trình của văn bản {} đã có số {}", c.id(), entry.numberAndSymbol());
        };
    }

    @Bean
    ExecutionListener dispatchRejected(DispatchStore store) {
        return execution -> {
            DispatchCase c = store.find(UUID.fromString(execution.getVariable(Chains.VAR_DISPATCH).toString()))
                    .orElseThrow();
            c.rejected();
            store.update(c);
            log.info("Văn bản {} không được ký ban hành", c.id());
        };
    }

    /** Registers the signed text in the issuer's register; the content must be the signed one. */
    private static RegisterEntry register(DispatchCase c, Map<String, Object> signed, String issuer, String kind,
            Register register, Versions versions) {
        String signedHash = versions.latest(c.id(), kind).orElseThrow().contentSha256();
        if (!signedHash.equals(versions.contentHash(signed))) {
            throw new IllegalStateException("văn bản " + c.id() + ": nội dung phát hành khác bản đã ký");
        }
        Dispatch d = DispatchReader.fromMap(signed);
        LocalDate today = LocalDate.now(VIETNAM);
        Series series = d.marks().secrecy() == null ? Series.ORDINARY : Series.CONFIDENTIAL;
        String signer = d.signature() == null ? "" : d.signature().name();
        return register.issue(new NewEntry(issuer, series, today, d.symbolOrDerived(),
                d.summary().replace('\n', ' '), signer, String.join("; ", d.distribution() == null ? d.recipients()
                : d.distribution().recipients()), c.id()));
    }

    /** The signed text with the register's number and date filled in. */
    private static Map<String, Object> issuedText(Map<String, Object> signed, RegisterEntry entry) {
        return DocumentMaps.issued(signed, entry.number(), entry.issuedOn());
    }


    private static String clerk(Events events, DispatchCase c) {
        return events.of(c.id()).stream().filter(e -> "issue".equals(e.decision())).reduce((a, b) -> b)
                .map(Events.Event::actor).orElse("system");
    }
}
