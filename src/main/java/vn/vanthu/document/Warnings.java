package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;

/** Input that renders, but not as typed, or that looks like a slip: reported, never swallowed. */
final class Warnings {

    /**
     * Titles a signature line may consist of without a TM./KT./… prefix: the head who signs in person and
     * the signer's own title under a TM. line. A line that starts with none of them is usually the tail of a
     * title that YAML split at its comma ("[KT. BỘ TRƯỞNG, CHỦ NHIỆM]" is two items).
     */
    static final List<String> TITLES = List.of("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
            "TỔNG GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "BÍ THƯ", "PHÓ BÍ THƯ",
            "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "VỤ TRƯỞNG",
            "PHÓ VỤ TRƯỞNG", "TỔNG CỤC TRƯỞNG", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "CHỦ TỌA", "CHỦ TOẠ", "THƯ KÝ",
            "TRƯỞNG ĐOÀN", "PHÓ TRƯỞNG ĐOÀN", "NGƯỜI ỦY QUYỀN", "NGƯỜI ĐƯỢC ỦY QUYỀN", "XÁC NHẬN");

    private Warnings() {
    }

    static List<FieldProblem> of(Dispatch d, Mode mode) {
        List<FieldProblem> warnings = new ArrayList<>();
        if (mode.awaitsNumber() && d.copy() == null) {
            if (d.number() != null) {
                warnings.add(new FieldProblem("number", "số " + d.number() + " không được in: trong bản dự thảo và"
                        + " bản trình ký, số do văn thư ghi khi phát hành"));
            }
            if (d.date() != null && d.date().day() != null) {
                warnings.add(new FieldProblem("date.day", "ngày " + d.date().day() + " không được in: trong bản dự"
                        + " thảo và bản trình ký, ngày ban hành do văn thư ghi khi phát hành"));
            }
        }
        if (d.distribution() != null && !d.distribution().recipients().isEmpty()
                && Distribution.leavesOut(d.distribution(), d.recipients())) {
            warnings.add(new FieldProblem("distribution.recipients", "Nơi nhận không mở đầu bằng “Như trên” cũng không"
                    + " ghi lại nơi ở Kính gửi: dòng “- Như trên;” được in thêm ở đầu (Phụ lục I, II.9.b)"));
        }
        split("recipients", d.recipients(), warnings);
        split("distribution.recipients", d.distribution() == null ? List.of() : d.distribution().recipients(),
                warnings);
        authority("signature", d.signature(), warnings);
        authority("cosigner", d.cosigner(), warnings);
        if (d.copy() != null) {
            authority("copy.signature", d.copy().signature(), warnings);
        }
        return List.copyOf(warnings);
    }

    private static void authority(String field, Signature signature, List<FieldProblem> warnings) {
        if (signature == null) {
            return;
        }
        for (int i = 0; i < signature.authority().size(); i++) {
            Authority line = signature.authority().get(i);
            if (line.prefix() == Authority.Prefix.NONE && line.title() != null && !knownTitle(line.title())) {
                warnings.add(new FieldProblem(field + ".authority[" + i + "]", "'" + line.title() + "' không bắt đầu"
                        + " bằng TM., KT., TL., TUQ., Q. hay một chức vụ: nếu một dòng có dấu phẩy, hãy đặt cả dòng"
                        + " trong dấu nháy kép, ví dụ [\"KT. BỘ TRƯỞNG, CHỦ NHIỆM\"]"));
            }
        }
    }

    /**
     * A list item after the first that starts in lower case is, in a list of agencies, the tail of a line YAML
     * split at its comma ("[Ủy ban nhân dân các huyện, thị xã, thành phố]" is three items): the first such
     * item is reported.
     */
    private static void split(String field, List<String> items, List<FieldProblem> warnings) {
        for (int i = 1; i < items.size(); i++) {
            String item = items.get(i);
            if (item != null && !item.isEmpty() && Character.isLowerCase(item.codePointAt(0))) {
                warnings.add(new FieldProblem(field + "[" + i + "]", "'" + item + "' bắt đầu bằng chữ thường, như"
                        + " phần sau dấu phẩy của dòng trên: nếu một dòng có dấu phẩy, hãy đặt cả dòng trong dấu nháy"
                        + " kép, ví dụ [\"Ủy ban nhân dân các huyện, thị xã, thành phố\"]"));
                return;
            }
        }
    }

    private static boolean knownTitle(String title) {
        return TITLES.stream().anyMatch(t -> title.equals(t) || title.startsWith(t + " ") || title.startsWith(t + ","));
    }
}
