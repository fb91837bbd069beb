package vn.vanthu.workflow.issuing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.numbering.Series;
import vn.vanthu.registry.Versions;
import vn.vanthu.workflow.ChainProblem.NotYourAgency;
import vn.vanthu.workflow.ChainProblem.RequestRefused;
import vn.vanthu.platform.NamedFact.FieldError;
import vn.vanthu.workflow.dispatch.Documents;

/**
 * Văn bản đã phát hành: what an agency issued, from its register, each with its issued PDF; searchable by
 * số, ký hiệu, trích yếu, signer and date. The mật series only for those cleared.
 */
@Service
@Transactional(readOnly = true)
public class IssuedDocuments {

    /** Years one search may span. */
    static final int MAX_YEARS = 10;

    /** One issued document as listed. */
    public record Issued(String numberAndSymbol, int number, String symbol, LocalDate issuedOn, String summary,
            String signer, boolean confidential, UUID dispatchId, String pdf) {
    }

    /** What to look for: words (any of số, ký hiệu, trích yếu, signer) and a date range. */
    public record Query(String agency, String words, LocalDate from, LocalDate to) {
    }

    private final Register register;
    private final Directory directory;
    private final Versions versions;

    IssuedDocuments(Register register, Directory directory, Versions versions) {
        this.register = register;
        this.directory = directory;
        this.versions = versions;
    }

    /** The agency's issued documents matching the query, newest first. */
    public List<Issued> search(String user, Query query) {
        Person p = directory.person(user).orElseThrow(() -> new NotYourAgency(user));
        String agency = query.agency() == null || query.agency().isBlank() ? p.agencyId() : query.agency().strip();
        if (!agency.equals(p.agencyId())) {
            throw new NotYourAgency(user);
        }
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(Documents.VIETNAM);
        LocalDate from = query.from() != null ? query.from() : to.withDayOfYear(1);
        if (from.isAfter(to) || to.getYear() - from.getYear() >= MAX_YEARS) {
            throw new RequestRefused(List.of(new FieldError("from", "khoảng ngày phải từ trước đến sau và không quá "
                    + MAX_YEARS + " năm")));
        }
        String words = fold(query.words());
        List<Issued> found = new ArrayList<>();
        for (int year = to.getYear(); year >= from.getYear(); year--) {
            for (RegisterEntry e : register.entries(agency, year)) {
                boolean visible = e.series() != Series.CONFIDENTIAL || p.cleared();
                boolean inRange = !e.issuedOn().isBefore(from) && !e.issuedOn().isAfter(to);
                if (visible && inRange && matches(e, words)) {
                    found.add(issued(e));
                }
            }
        }
        found.sort((a, b) -> b.issuedOn().compareTo(a.issuedOn()) != 0 ? b.issuedOn().compareTo(a.issuedOn())
                : Integer.compare(b.number(), a.number()));
        return found;
    }

    private Issued issued(RegisterEntry e) {
        String pdf = null;
        if (e.dispatchId() != null) {
            // the version stored when this number was given: final mode, its number in the text (one query a row)
            java.util.OptionalInt version = versions.numbered(e.dispatchId(), e.number());
            pdf = version.isPresent() ? "/api/dispatches/" + e.dispatchId() + "/versions/" + version.getAsInt() + "/pdf"
                    : null;
        }
        return new Issued(e.numberAndSymbol(), e.number(), e.symbol(), e.issuedOn(), e.summary(), e.signer(),
                e.series() == Series.CONFIDENTIAL, e.dispatchId(), pdf);
    }

    private static boolean matches(RegisterEntry e, String words) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = fold(e.numberAndSymbol() + " " + e.summary() + " " + e.signer());
        for (String w : words.split("\\s+")) {
            if (!haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without diacritics, so "cong van" finds "Công văn" and "05/ubnd" finds "05/UBND". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).strip();
    }
}
