package vn.vanthu.directory;

import java.util.List;
import vn.vanthu.directory.Agency.Kind;

/**
 * The agencies of the demo province, Đắk Lắk (the province of seed 002): UBND tỉnh and six of its Sở.
 * Addresses are plausible, not verified; the chain prints them in ô 13.
 */
final class DemoAgencies {

    /** UBND tỉnh: the body every Sở submits to. */
    static final String UBND = "ubnd";

    private static final String PLACE = "Đắk Lắk";
    private static final List<String> UNDER_UBND = List.of("UBND TỈNH ĐẮK LẮK");

    private DemoAgencies() {
    }

    /** UBND tỉnh first, then the Sở in the order seed 002 assigns them tasks. */
    static List<Agency> all() {
        return List.of(
                new Agency(UBND, Kind.UBND_TINH, List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"), List.of(), "UBND",
                        PLACE, address("09 Lê Duẩn", "0262.3852.128", "ubnd"), null,
                        "Ủy ban nhân dân tỉnh Đắk Lắk"),
                so("sldtbxh", List.of("SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI"), "SLĐTBXH",
                        address("55 Phan Bội Châu", "0262.3852.442", "sldtbxh"),
                        "Sở Lao động – Thương binh và Xã hội"),
                so("stp", List.of("SỞ TƯ PHÁP"), "STP",
                        address("22 Lê Duẩn", "0262.3852.316", "stp"), "Sở Tư pháp"),
                so("sgddt", List.of("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), "SGDĐT",
                        address("08 Nguyễn Tất Thành", "0262.3852.374", "sgddt"), "Sở Giáo dục và Đào tạo"),
                so("stttt", List.of("SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"), "STTTT",
                        address("08 Trần Hưng Đạo", "0262.3812.559", "stttt"), "Sở Thông tin và Truyền thông"),
                so("stc", List.of("SỞ TÀI CHÍNH"), "STC",
                        address("15 Lý Thường Kiệt", "0262.3852.205", "stc"), "Sở Tài chính"),
                so("syt", List.of("SỞ Y TẾ"), "SYT",
                        address("68 Lê Duẩn", "0262.3852.621", "syt"), "Sở Y tế"));
    }

    private static Agency so(String id, List<String> nameLines, String abbreviation, List<String> address,
            String shortName) {
        return new Agency(id, Kind.SO, nameLines, UNDER_UBND, abbreviation, PLACE, address, UBND, shortName);
    }

    /** Ô 13 in two lines: street address, then telephone and the agency's mailbox on the province's domain. */
    private static List<String> address(String street, String phone, String mailbox) {
        return List.of("Địa chỉ: " + street + ", thành phố Buôn Ma Thuột, tỉnh Đắk Lắk",
                "Điện thoại: " + phone + "; Thư điện tử: " + mailbox + "@daklak.gov.vn");
    }
}
