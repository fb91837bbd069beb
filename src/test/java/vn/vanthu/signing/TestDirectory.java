package vn.vanthu.signing;

import java.util.List;
import java.util.Optional;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;

/** Two agencies and their leaders as the demo province has them, for tests that need no database. */
final class TestDirectory implements Directory {

    private static final List<String> ADDRESS = List.of("Địa chỉ: 55 Phan Bội Châu, thành phố Buôn Ma Thuột");
    static final Agency UBND = new Agency("ubnd", Agency.Kind.UBND_TINH, List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"),
            List.of(), "UBND", "Đắk Lắk", ADDRESS, null, "Ủy ban nhân dân tỉnh Đắk Lắk");
    static final Agency SO = new Agency("sldtbxh", Agency.Kind.SO, List.of("SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI"),
            List.of("UBND TỈNH ĐẮK LẮK"), "SLĐTBXH", "Đắk Lắk", ADDRESS, "ubnd", "Sở Lao động – Thương binh và Xã hội");
    static final List<Person> PEOPLE = List.of(
            new Person("pct.ubnd", "Trần Thị Thu Hà", "ubnd", Role.PHO_CHU_TICH, "LĐ", true),
            new Person("gd.sldtbxh", "Vũ Đức Thắng", "sldtbxh", Role.GIAM_DOC, "BGĐ", true),
            new Person("pgd.sldtbxh", "Lương Thị Hồng Nhung", "sldtbxh", Role.PHO_GIAM_DOC, "BGĐ", true));

    @Override
    public List<Agency> agencies() {
        return List.of(UBND, SO);
    }

    @Override
    public Optional<Agency> agency(String id) {
        return agencies().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Person> person(String userId) {
        return PEOPLE.stream().filter(p -> p.userId().equals(userId)).findFirst();
    }

    @Override
    public List<Person> people(String agencyId, Role role) {
        return PEOPLE.stream().filter(p -> p.agencyId().equals(agencyId) && p.role() == role).toList();
    }

    @Override
    public String provincialCommittee() {
        return "ubnd";
    }
}
