package vn.vanthu.workflow.issuing;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.exchange.Recalls;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.signing.RegisterLookup;
import vn.vanthu.signing.RegisterMatch;

/**
 * For verification: the register entry of a PDF this vanthu issued, found by the hash of the very file
 * (a copy changed in one byte is not found), with whether the document was recalled since.
 */
@Component
class RegisterMatches implements RegisterLookup {

    private final Versions versions;
    private final Register register;
    private final Recalls recalls;

    RegisterMatches(Versions versions, Register register, Recalls recalls) {
        this.versions = versions;
        this.register = register;
        this.recalls = recalls;
    }

    @Override
    public Optional<RegisterMatch> find(String sha256, String number) {
        Optional<StoredVersion> issued = versions.withPdf(sha256).filter(v -> "FINAL".equals(v.mode()));
        return issued.flatMap(v -> entry(v).map(e -> new RegisterMatch(e.numberAndSymbol(), e.issuedOn(), e.summary(),
                v.pdfSha256(), recalls.recalled(v.dispatchId()))));
    }

    /**
     * The register entry whose number and ký hiệu the issued version carries: one dispatch of chain 2 has two
     * entries, the Sở's submission and UBND's document, each numbered in its own register (both may be 01).
     */
    private Optional<RegisterEntry> entry(StoredVersion v) {
        Optional<Dispatch> issued = versions.input(v.dispatchId(), v.version()).map(DispatchReader::fromMap);
        return register.ofDispatch(v.dispatchId()).stream()
                .filter(e -> issued.filter(d -> d.number() != null && d.number() == e.number()
                        && e.symbol().equals(d.symbolOrDerived())).isPresent())
                .findFirst();
    }
}
