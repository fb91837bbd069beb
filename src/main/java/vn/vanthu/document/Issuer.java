package vn.vanthu.document;

import java.util.List;

/**
 * The issuing body (ô 2) and what comes with it: the parent body lines (cơ quan chủ quản), the
 * issuer's own name lines, its abbreviation for the ký hiệu, its place name (ô 4) and the optional
 * address footer lines (ô 13).
 */
public record Issuer(List<String> parent, List<String> name, String abbreviation, String place,
        List<String> contact) {

    public Issuer {
        parent = parent == null ? List.of() : List.copyOf(parent);
        name = name == null ? List.of() : List.copyOf(name);
        contact = contact == null ? List.of() : List.copyOf(contact);
    }
}
