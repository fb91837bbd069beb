package vn.vanthu.exchange.edxml;

import java.util.Arrays;
import java.util.Optional;

/** TraceHeaderList/Bussiness/BussinessDocType: what the package does to the document it names. */
public enum BusinessType {
    NEW(0, "Văn bản điện tử mới"),
    RECALL(1, "Thu hồi văn bản"),
    UPDATE(2, "Cập nhật văn bản"),
    REPLACE(3, "Thay thế văn bản");

    private final int code;
    private final String label;

    BusinessType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The number edXML writes. */
    public int code() {
        return code;
    }

    /** The Vietnamese name, the default BussinessDocReason. */
    public String label() {
        return label;
    }

    /** The type with this number. */
    public static Optional<BusinessType> of(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
