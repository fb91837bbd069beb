package vn.vanthu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo province as other features read it: UBND tỉnh Đắk Lắk, its Sở, one person per role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryTests {

    private static final Set<Role> SO_ROLES =
            EnumSet.of(Role.CHUYEN_VIEN, Role.TRUONG_PHONG, Role.GIAM_DOC, Role.PHO_GIAM_DOC, Role.VAN_THU);
    private static final Set<Role> UBND_ROLES =
            EnumSet.of(Role.CHU_TICH, Role.PHO_CHU_TICH, Role.CHUYEN_VIEN, Role.CHANH_VAN_PHONG, Role.VAN_THU);

    @Autowired
    Directory directory;

    @Test
    void ubndTinhComesFirstWithItsHeader() {
        Agency ubnd = directory.agencies().get(0);

        assertThat(directory.provincialCommittee()).isEqualTo("ubnd");
        assertThat(ubnd.id()).isEqualTo(directory.provincialCommittee());
        assertThat(ubnd.kind()).isEqualTo(Agency.Kind.UBND_TINH);
        assertThat(ubnd.nameLines()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK");
        assertThat(ubnd.parentLines()).isEmpty();
        assertThat(ubnd.abbreviation()).isEqualTo("UBND");
        assertThat(ubnd.place()).isEqualTo("Đắk Lắk");
        assertThat(ubnd.shortName()).isEqualTo("Ủy ban nhân dân tỉnh Đắk Lắk");
        assertThat(ubnd.parentId()).isNull();
    }

    @Test
    void soLdtbxhIsTheIssuerOfSeed002() {
        Agency so = directory.agency("sldtbxh").orElseThrow();

        assertThat(so.kind()).isEqualTo(Agency.Kind.SO);
        assertThat(so.nameLines()).containsExactly("SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI");
        assertThat(so.parentLines()).containsExactly("UBND TỈNH ĐẮK LẮK");
        assertThat(so.abbreviation()).isEqualTo("SLĐTBXH");
        assertThat(so.shortName()).isEqualTo("Sở Lao động – Thương binh và Xã hội");
        assertThat(so.parentId()).isEqualTo("ubnd");
        assertThat(directory.person("cv.sldtbxh").orElseThrow().unit()).isEqualTo("BTXH");
    }

    @Test
    void atLeastFiveSoUnderUbndEachWithItsAddressInBuonMaThuot() {
        List<Agency> so = directory.agencies().stream().filter(a -> a.kind() == Agency.Kind.SO).toList();

        assertThat(so).hasSizeGreaterThanOrEqualTo(5);
        assertThat(so).extracting(Agency::id).contains("sldtbxh", "stp", "sgddt", "syt", "stc");
        assertThat(so).extracting(Agency::abbreviation).contains("SLĐTBXH", "STP", "SGDĐT", "SYT", "STC");
        assertThat(so).allSatisfy(a -> {
            assertThat(a.parentId()).isEqualTo("ubnd");
            assertThat(a.parentLines()).containsExactly("UBND TỈNH ĐẮK LẮK");
            assertThat(a.id()).matches("[a-z]+");
        });
        assertThat(directory.agencies()).allSatisfy(a -> {
            assertThat(a.address()).hasSize(2);
            assertThat(a.address().get(0)).startsWith("Địa chỉ: ").contains("Buôn Ma Thuột");
            assertThat(a.address().get(1)).startsWith("Điện thoại: ").contains("; Thư điện tử: ")
                    .endsWith(a.id() + "@daklak.gov.vn");
        });
    }

    @Test
    void everyAgencyHasExactlyOnePersonInEachOfItsRoles() {
        for (Agency agency : directory.agencies()) {
            Set<Role> roles = agency.kind() == Agency.Kind.SO ? SO_ROLES : UBND_ROLES;
            for (Role role : Role.values()) {
                List<Person> people = directory.people(agency.id(), role);
                assertThat(people).as("%s %s", agency.id(), role).hasSize(roles.contains(role) ? 1 : 0);
                people.forEach(p -> assertThat(p.agencyId()).isEqualTo(agency.id()));
                people.forEach(p -> assertThat(p.unit()).isNotBlank());
            }
        }
    }

    @Test
    void officeOfUbndReviewsWithItsKgvxChuyenVien() {
        Person cv = directory.people("ubnd", Role.CHUYEN_VIEN).get(0);

        assertThat(cv.userId()).isEqualTo("cv.ubnd");
        assertThat(cv.unit()).isEqualTo("KGVX");
        assertThat(directory.person("cvp.ubnd").orElseThrow().role()).isEqualTo(Role.CHANH_VAN_PHONG);
        assertThat(directory.person("pct.ubnd").orElseThrow().role()).isEqualTo(Role.PHO_CHU_TICH);
    }

    @Test
    void agencyOfAUserAndUnknownIds() {
        assertThat(directory.agencyOf("tp.stp")).map(Agency::abbreviation).hasValue("STP");
        assertThat(directory.agencyOf("vt.ubnd")).map(Agency::id).hasValue("ubnd");
        assertThat(directory.agencyOf("admin")).isEmpty();
        assertThat(directory.person("nobody")).isEmpty();
        assertThat(directory.agency("nowhere")).isEmpty();
        assertThat(directory.people("nowhere", Role.CHUYEN_VIEN)).isEmpty();
    }

    @Test
    void peopleHaveDistinctVietnameseFullNames() {
        List<Person> everyone = directory.agencies().stream()
                .flatMap(a -> EnumSet.allOf(Role.class).stream().flatMap(r -> directory.people(a.id(), r).stream()))
                .toList();

        assertThat(everyone).hasSize(5 * directory.agencies().size());
        assertThat(everyone).extracting(Person::fullName).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name.split(" ")).hasSizeGreaterThanOrEqualTo(2));
    }
}
