package vn.vanthu.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Drafts in the input format (docs/input-format.md), as a clerk would type them. */
public final class Drafts {

    private Drafts() {
    }

    /** A small Công văn of the drafter's agency. */
    public static Map<String, Object> congVan(String summary) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("type", "cong-van");
        doc.put("summary", summary);
        doc.put("recipients", List.of("Ủy ban nhân dân các huyện, thị xã, thành phố"));
        doc.put("body", "Thực hiện Kế hoạch số 42/KH-UBND ngày 11/3/2022 của UBND tỉnh, đề nghị các đơn vị triển khai.\n\n"
                + "1. Tăng cường công tác truyền thông về bảo vệ trẻ em.\n\n2. Báo cáo kết quả trước ngày 20/11/2022.");
        doc.put("distribution", Map.of("recipients", List.of("Như trên", "Giám đốc")));
        return doc;
    }

    /** The same draft with another body (a revision). */
    public static Map<String, Object> withBody(Map<String, Object> draft, String body) {
        Map<String, Object> copy = new HashMap<>(draft);
        copy.put("body", body);
        return copy;
    }
}
