package vn.vanthu.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * The people of the demo province, one per role of each agency. The names are invented (no real
 * official's name); the user id is "<role prefix>.<agency id>", e.g. "cv.sldtbxh", and the password "demo".
 */
final class DemoPeople {

    /** The demo password of every person; the Camunda administrator's is "admin". */
    static final String PASSWORD = "demo";

    private DemoPeople() {
    }

    /** UBND's five, then five per Sở. */
    static List<Person> all() {
        List<Person> people = new ArrayList<>();
        String ubnd = DemoAgencies.UBND;
        // Văn phòng UBND: the chuyên viên of phòng Khoa giáo – Văn xã reviews Sở drafts (seed 002: UBND-KGVX)
        // everyone who handles what a Sở submits is cleared for mật documents, the office's reviewer included
        people.add(new Person("ct." + ubnd, "Lê Minh Quang", ubnd, Role.CHU_TICH, "LĐ", true));
        people.add(new Person("pct." + ubnd, "Trần Thị Thu Hà", ubnd, Role.PHO_CHU_TICH, "LĐ", true));
        people.add(new Person("cv." + ubnd, "Nguyễn Hoàng Phúc", ubnd, Role.CHUYEN_VIEN, "KGVX", true));
        people.add(new Person("cvp." + ubnd, "Đỗ Văn Thành", ubnd, Role.CHANH_VAN_PHONG, "LĐVP", true));
        people.add(new Person("vt." + ubnd, "H'Mai Êban", ubnd, Role.VAN_THU, "HCTC", true));
        // Sở: the drafting phòng, then chuyên viên, trưởng phòng, giám đốc, phó giám đốc, văn thư
        so(people, "sldtbxh", "BTXH", "Phan Thị Mỹ Linh", "Hoàng Văn Tùng", "Vũ Đức Thắng",
                "Lương Thị Hồng Nhung", "Đặng Thị Yến");
        so(people, "stp", "XDKTVB", "Bùi Quang Huy", "Ngô Thị Thanh Tâm", "Trịnh Công Lâm",
                "Y Thuận Ktla", "Lâm Thị Ngọc Hân");
        so(people, "sgddt", "GDPT", "Huỳnh Thị Kim Oanh", "Dương Văn Sơn", "Tạ Minh Triết",
                "Nông Thị Lan Anh", "Châu Thị Bích Ngọc");
        so(people, "stttt", "TTBCXB", "La Văn Hậu", "Hà Thị Minh Nguyệt", "Triệu Quang Vinh",
                "H'Ly Niê", "Doãn Thị Xuân");
        so(people, "stc", "QLNS", "Cao Bá Nam", "Đinh Thị Quỳnh Như", "Tôn Thất Bình",
                "Quách Văn Định", "Thái Thị Hoa");
        so(people, "syt", "NVY", "Võ Thanh Tú", "Mai Xuân Hiếu", "Hồ Đăng Khoa",
                "Kiều Thị Phương Thảo", "Lý Thị Hương");
        return List.copyOf(people);
    }

    private static void so(List<Person> people, String agency, String unit, String chuyenVien, String truongPhong,
            String giamDoc, String phoGiamDoc, String vanThu) {
        // a chuyên viên reads the mật documents they draft, not the rest of the Sở's (not cleared)
        people.add(new Person("cv." + agency, chuyenVien, agency, Role.CHUYEN_VIEN, unit, false));
        people.add(new Person("tp." + agency, truongPhong, agency, Role.TRUONG_PHONG, unit, true));
        // leaders sign for the whole Sở (Ban Giám đốc); the văn thư sits in the Sở's Văn phòng
        people.add(new Person("gd." + agency, giamDoc, agency, Role.GIAM_DOC, "BGĐ", true));
        people.add(new Person("pgd." + agency, phoGiamDoc, agency, Role.PHO_GIAM_DOC, "BGĐ", true));
        people.add(new Person("vt." + agency, vanThu, agency, Role.VAN_THU, "VP", true));
    }
}
