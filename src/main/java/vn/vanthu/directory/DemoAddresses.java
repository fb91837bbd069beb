package vn.vanthu.directory;

import java.util.List;
import java.util.Map;

/**
 * The exchange addresses of the demo province: a mã định danh per agency and the agencies outside
 * this vanthu that seed 002 writes to. The ids follow the QCVN 102:2016 structure as amended by
 * TT 01/2022 (four groups, the last one the province, H16 here); they are plausible, not the ids the
 * Bộ TT&TT registry gives Đắk Lắk's agencies. E-mail addresses are the demo mailboxes on daklak.gov.vn.
 */
final class DemoAddresses {

    static final Map<String, String> ORGAN_IDS = Map.of(
            DemoAgencies.UBND, "000.00.00.H16",
            "sldtbxh", "000.00.21.H16",
            "stp", "000.00.08.H16",
            "sgddt", "000.00.11.H16",
            "stttt", "000.00.12.H16",
            "stc", "000.00.05.H16",
            "syt", "000.00.15.H16");

    private DemoAddresses() {
    }

    /** The three district-level UBND the demo sends to (seed 002's "UBND các huyện, thị xã, thành phố") and a ministry. */
    static List<ExternalAgency> external() {
        return List.of(
                new ExternalAgency("000.00.41.H16", "Ủy ban nhân dân thành phố Buôn Ma Thuột", "ubndtp@buonmathuot.daklak.gov.vn",
                        "01 Lê Thị Hồng Gấm, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk"),
                new ExternalAgency("000.00.42.H16", "Ủy ban nhân dân thị xã Buôn Hồ", "ubndtx@buonho.daklak.gov.vn",
                        "Phường An Lạc, thị xã Buôn Hồ, tỉnh Đắk Lắk"),
                new ExternalAgency("000.00.45.H16", "Ủy ban nhân dân huyện Krông Pắc", "ubndh@krongpac.daklak.gov.vn",
                        "Thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk"),
                new ExternalAgency("000.00.00.G12", "Bộ Lao động – Thương binh và Xã hội", null,
                        "12 Ngô Quyền, quận Hoàn Kiếm, thành phố Hà Nội"));
    }

    /**
     * The group lines every demo agency's văn thư has mapped once (what a province sets up when it starts):
     * the districts' UBND, the Sở, UBND tỉnh and its leaders; internal lines ("Giám đốc") are not sent.
     */
    static List<RecipientMapping> mappings(List<Agency> agencies) {
        List<RecipientMapping.Target> districts = external().stream().filter(e -> e.organId().endsWith(".H16"))
                .map(e -> new RecipientMapping.Target(RecipientMapping.Kind.EXTERNAL, e.organId(), e.name())).toList();
        List<RecipientMapping.Target> sos = agencies.stream().filter(a -> a.kind() == Agency.Kind.SO)
                .map(a -> new RecipientMapping.Target(RecipientMapping.Kind.AGENCY, a.id(), a.shortName())).toList();
        List<RecipientMapping.Target> ubnd = List.of(new RecipientMapping.Target(RecipientMapping.Kind.AGENCY,
                DemoAgencies.UBND, "Ủy ban nhân dân tỉnh Đắk Lắk"));
        List<RecipientMapping.Target> leaders = List.of(
                new RecipientMapping.Target(RecipientMapping.Kind.PERSON, "ct." + DemoAgencies.UBND, "Chủ tịch UBND tỉnh"),
                new RecipientMapping.Target(RecipientMapping.Kind.PERSON, "pct." + DemoAgencies.UBND, "Phó Chủ tịch UBND tỉnh"));
        Map<String, List<RecipientMapping.Target>> lines = new java.util.LinkedHashMap<>();
        for (String line : List.of("UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
                "UBND huyện, thị xã, thành phố")) {
            lines.put(line, districts);
        }
        for (String line : List.of("Các sở, ban, ngành", "Thủ trưởng các sở, ban, ngành", "Các sở, ban, ngành tỉnh")) {
            lines.put(line, sos);
        }
        lines.put("Ủy ban nhân dân tỉnh", ubnd);
        lines.put("UBND tỉnh", ubnd);
        lines.put("CT, PCT UBND tỉnh", leaders);
        lines.put("Chủ tịch, các Phó Chủ tịch UBND tỉnh", leaders);
        for (String line : List.of("Giám đốc", "Ban Giám đốc", "Các Phó Giám đốc", "Lãnh đạo Sở")) {
            lines.put(line, List.of());
        }
        List<RecipientMapping> all = new java.util.ArrayList<>();
        for (Agency a : agencies) {
            lines.forEach((line, targets) -> all.add(new RecipientMapping(a.id(), line, targets, "demo")));
        }
        return all;
    }

    /** The demo mailbox of a person, as CamundaAccounts writes it into the Camunda user. */
    static String email(Person person) {
        return person.userId() + "@daklak.gov.vn";
    }
}
