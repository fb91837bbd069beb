package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;

/** Signature block (ô 7a/7b): authority prefix, upper-case bold titles, the signer's name centred under them. */
final class SignatureRules {

    private SignatureRules() {
    }

    static void check(Layout layout, Findings out) {
        Profile p = layout.profile();
        Closing c = layout.closing();
        String clause = p.clause("PL I, II.7", "HD 36, thể thức đề ký");
        TextLine authority = c.authority();
        if (authority == null) {
            out.verdict(false, "SIGN-AUTHORITY", clause, "no signature block found", "TM./KT./TL./TUQ./Q. + title, "
                    + "right part of the last page", layout.frame().mainPages());
        } else {
            boolean own = p.authority().matcher(authority.text()).matches();
            boolean foreign = !own && ClosingLocator.ANY_AUTHORITY.matcher(authority.text()).matches();
            String measured = Texts.quote(authority.text()) + (own || foreign ? "" : " (no prefix: the head signs)");
            out.verdict(!foreign, "SIGN-AUTHORITY", clause, measured, p.party() ? "T/M, K/T, T/L or none"
                    : "TM., KT., TL., TUQ., Q. or none", c.page());
        }
        out.style("SIGN-BOLD", clause, c.titles(), true, null);
        List<TextLine> all = new ArrayList<>(c.titles());
        if (c.name() != null) {
            all.add(c.name());
        }
        out.sizes("SIGN-SIZE", clause, all, p.body());
        if (authority == null) {
            out.skip("SIGN-NAME", clause, "no signature block");
            out.skip("SIGN-NAME-CENTRE", clause, "no signature block");
            return;
        }
        TextLine name = c.name();
        if (name == null && layout.header().draft()) {
            // a draft may go round before the signer is settled; the name is required once issued
            out.add("SIGN-NAME", clause, Finding.Status.WARN, "no name under the titles (draft)",
                    "full name in normal case, bold", c.page());
            out.skip("SIGN-NAME-CENTRE", clause, "no name");
            return;
        }
        out.verdict(name != null && name.bold() && !name.upper(), "SIGN-NAME", clause,
                name == null ? "no name under the titles" : Texts.quote(name.text()) + (name.bold() ? ", bold" : ", not bold"),
                "full name in normal case, bold", c.page());
        if (name == null) {
            out.skip("SIGN-NAME-CENTRE", clause, "no name");
        } else {
            out.centred("SIGN-NAME-CENTRE", clause, name.centre(), authority.centre(), 3, "on the authority line",
                    c.page());
        }
    }
}
