package vn.vanthu.signing;

/** Vietnamese wording of verification results, shared by the CLI, the endpoint and error messages. */
public final class VerificationText {

    private VerificationText() {
    }

    /** One phrase for a signature's verdict. */
    public static String verdict(SignatureCheck c) {
        if (c.valid()) {
            return "hợp lệ";
        }
        if (c.disallowedChange()) {
            return "văn bản đã bị sửa sau khi ký";
        }
        String sub = c.subIndication() == null ? "" : c.subIndication();
        return switch (sub) {
            case "REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE" -> "chứng thư số đã bị thu hồi";
            case "EXPIRED", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED" -> "chứng thư số đã hết hạn khi ký";
            case "NO_CERTIFICATE_CHAIN_FOUND", "NO_CERTIFICATE_CHAIN_FOUND_NO_POE" ->
                "chứng thư số không do tổ chức được tin cậy cấp";
            case "HASH_FAILURE", "SIG_CRYPTO_FAILURE" -> "nội dung văn bản không khớp với chữ ký (đã bị sửa)";
            case "TRY_LATER" -> "chưa có dữ liệu thu hồi chứng thư";
            default -> "không hợp lệ (" + c.indication() + (sub.isEmpty() ? "" : "/" + sub) + ")";
        };
    }

    /** One sentence for the whole file. */
    public static String summary(Verification v) {
        if (v.signatures().isEmpty()) {
            return "Tệp không có chữ ký số nào kiểm tra được.";
        }
        if (v.register() != null && v.register().recalled()) {
            return "Văn bản số " + v.register().numberAndSymbol() + " đã bị thu hồi.";
        }
        long bad = v.signatures().stream().filter(s -> !s.valid()).count();
        return bad == 0 ? "Tất cả " + v.signatures().size() + " chữ ký số đều hợp lệ."
                : bad + " trong " + v.signatures().size() + " chữ ký số không hợp lệ.";
    }
}
