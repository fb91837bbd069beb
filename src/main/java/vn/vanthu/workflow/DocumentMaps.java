package vn.vanthu.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;

/**
 * Edits of a dispatch's input map that the chain makes on the drafter's behalf: the issuer from the
 * directory, the signature block of whoever signs, the number and date the văn thư assigns.
 */
final class DocumentMaps {

    private DocumentMaps() {
    }

    /** Fills the issuer block from the directory where the drafter left it out. */
    static Map<String, Object> withIssuer(Map<String, Object> document, Agency issuer) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        if (!copy.containsKey("issuer")) {
            Map<String, Object> block = new LinkedHashMap<>();
            if (!issuer.parentLines().isEmpty()) {
                block.put("parent", issuer.parentLines());
            }
            block.put("name", issuer.nameLines());
            block.put("abbreviation", issuer.abbreviation());
            block.put("place", issuer.place());
            if (!issuer.address().isEmpty()) {
                block.put("contact", issuer.address());
            }
            copy.put("issuer", block);
        }
        return copy;
    }

    /** The signature block of the person who signs, by their role (Decree 30 Điều 13: TM., KT.). */
    static Map<String, Object> signedBy(Map<String, Object> document, Person signer, Agency.Kind kind) {
        Map<String, Object> signature = new LinkedHashMap<>();
        List<String> authority = new ArrayList<>();
        String title;
        if (kind == Agency.Kind.UBND_TINH) {
            boolean head = signer.role() == Role.CHU_TICH;
            authority.add(head ? "TM. ỦY BAN NHÂN DÂN" : "KT. CHỦ TỊCH");
            title = head ? "CHỦ TỊCH" : "PHÓ CHỦ TỊCH";
        } else if (signer.role() == Role.GIAM_DOC) {
            title = "GIÁM ĐỐC";
        } else {
            authority.add("KT. GIÁM ĐỐC");
            title = "PHÓ GIÁM ĐỐC";
        }
        if (!authority.isEmpty()) {
            signature.put("authority", authority);
        }
        signature.put("title", title);
        signature.put("name", signer.fullName());
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put("signature", signature);
        return copy;
    }

    /** The issued text: the signed one with the number and date filled in, in final mode. */
    static Map<String, Object> issued(Map<String, Object> document, int number, LocalDate on) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put("number", number);
        copy.put("date", on.toString());
        copy.put("mode", "final");
        return copy;
    }

    /** The draft text: blank number and day for the văn thư, in draft mode. */
    static Map<String, Object> asDraft(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.remove("number");
        copy.put("mode", "draft");
        if (!copy.containsKey("date")) {
            LocalDate today = LocalDate.now();
            Map<String, Object> date = new HashMap<>();
            date.put("year", today.getYear());
            date.put("month", today.getMonthValue());
            copy.put("date", date);
        }
        return copy;
    }
}
