package vn.vanthu.workflow.dispatch;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;
import vn.vanthu.document.Authority;
import vn.vanthu.document.Authority.Prefix;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Issuer;
import vn.vanthu.document.Mode;
import vn.vanthu.document.Signature;

/**
 * What the chain writes into a document on the drafter's behalf: the issuer from the directory, the
 * drafts' defaults, the signature block of whoever signs (Decree 30 Điều 13: TM., KT.), the number and date.
 */
public final class Documents {

    /** Vietnam's time zone: a date given at 23:30 in Hà Nội is that day's date. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Documents() {
    }

    /** The issuer block (ô 2, 4, 13) of an agency of the directory. */
    public static Issuer issuer(Agency agency) {
        return new Issuer(agency.parentLines(), agency.nameLines(), agency.abbreviation(), agency.place(),
                agency.address(), agency.shortName());
    }

    /**
     * A draft as the chain keeps it: the issuer block where the clerk left it out, the drafting unit, this
     * month's date, no number, and until someone signs the head's title in the signature block.
     */
    public static Dispatch draft(Dispatch input, Agency issuer, String defaultUnit) {
        Dispatch d = input.issuer() == null ? input.withIssuer(issuer(issuer)) : input;
        LocalDate today = LocalDate.now(VIETNAM);
        IssueDate date = d.date() != null ? d.date() : new IssueDate(null, today.getMonthValue(), today.getYear());
        String unit = d.unit() == null && d.symbol() == null ? defaultUnit : d.unit();
        d = d.withUnitAndDate(unit, date).unnumbered().withMode(Mode.DRAFT);
        if (d.signature() == null) {
            d = d.withSignature(issuer.kind() == Agency.Kind.UBND_TINH
                    ? new Signature(List.of(new Authority(Prefix.TM, "ỦY BAN NHÂN DÂN")), "CHỦ TỊCH", null, null, null)
                    : new Signature(List.of(), "GIÁM ĐỐC", null, null, null));
        }
        return d;
    }

    /**
     * The block of the person who signs, by their role, in a copy presented for signature. A vice-chair
     * signs a typed UBND document for the collective (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, seed 003) and a
     * Công văn for the chair alone (KT. CHỦ TỊCH, seed 002). It is dated this month, the day left blank.
     */
    public static Dispatch forSignatureBy(Dispatch document, Person signer) {
        List<Authority> authority = new ArrayList<>();
        boolean collective = document.type() == null || document.type().hasTypeName();
        String title = switch (signer.role()) {
            case CHU_TICH -> {
                authority.add(new Authority(Prefix.TM, "ỦY BAN NHÂN DÂN"));
                yield "CHỦ TỊCH";
            }
            case PHO_CHU_TICH -> {
                if (collective) {
                    authority.add(new Authority(Prefix.TM, "ỦY BAN NHÂN DÂN"));
                }
                authority.add(new Authority(Prefix.KT, "CHỦ TỊCH"));
                yield "PHÓ CHỦ TỊCH";
            }
            case GIAM_DOC -> "GIÁM ĐỐC";
            case PHO_GIAM_DOC -> {
                authority.add(new Authority(Prefix.KT, "GIÁM ĐỐC"));
                yield "PHÓ GIÁM ĐỐC";
            }
            default -> throw new IllegalArgumentException(signer.userId() + " does not sign for the agency");
        };
        // the month and year the signer sees are those of signing: the văn thư fills in only the day, and a
        // draft begun last month would otherwise carry a month the document cannot be issued in
        LocalDate today = LocalDate.now(VIETNAM);
        return document.withSignature(new Signature(authority, title, signer.fullName(), null, null))
                .withUnitAndDate(document.unit(), new IssueDate(null, today.getMonthValue(), today.getYear()))
                .withMode(Mode.FOR_SIGNATURE);
    }

    /** The signed text with the register's number and date, issued. */
    public static Dispatch issued(Dispatch signed, int number, LocalDate on) {
        return signed.issued(number, IssueDate.of(on));
    }

    /** Leaders who may sign for an agency: the head and the deputies (Sở) or the chair and vice-chairs (UBND). */
    public static boolean signsFor(Person person, Agency agency) {
        if (!person.agencyId().equals(agency.id())) {
            return false;
        }
        return agency.kind() == Agency.Kind.UBND_TINH
                ? person.role() == Role.CHU_TICH || person.role() == Role.PHO_CHU_TICH
                : person.role() == Role.GIAM_DOC || person.role() == Role.PHO_GIAM_DOC;
    }
}
