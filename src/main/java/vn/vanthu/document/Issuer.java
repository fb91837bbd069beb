package vn.vanthu.document;

import java.util.List;

/**
 * The issuing body (ô 2) and what comes with it: the parent body lines (cơ quan chủ quản), the
 * issuer's own name lines, its abbreviation for the ký hiệu, its place name (ô 4), the optional
 * address footer lines (ô 13), and its name as running text ("Ủy ban nhân dân tỉnh Đắk Lắk"), which
 * the reference lines of phụ lục and attached texts end with ("… của Ủy ban nhân dân tỉnh Đắk Lắk").
 */
public record Issuer(List<String> parent, List<String> name, String abbreviation, String place,
        List<String> contact, String fullName) {

    public Issuer {
        parent = parent == null ? List.of() : List.copyOf(parent);
        name = name == null ? List.of() : List.copyOf(name);
        contact = contact == null ? List.of() : List.copyOf(contact);
    }

    /** An issuer without a running-text name (documents with no phụ lục or attached text need none). */
    public Issuer(List<String> parent, List<String> name, String abbreviation, String place, List<String> contact) {
        this(parent, name, abbreviation, place, contact, null);
    }
}
