package vn.vanthu.workflow.issuing;

import java.util.Optional;
import org.springframework.stereotype.Component;
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

    /** The register entry whose number the issued version carries. */
    private Optional<RegisterEntry> entry(StoredVersion v) {
        Object number = versions.input(v.dispatchId(), v.version()).map(m -> m.get("number")).orElse(null);
        return register.ofDispatch(v.dispatchId()).stream()
                .filter(e -> number != null && Integer.toString(e.number()).equals(number.toString())).findFirst();
    }
}
