package vn.vanthu.signing;

/** Nobody configured a signing key (or image) for this person or agency. */
public final class NoSigningKey extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSigningKey(String who) {
        super("Chưa có khóa ký số cho " + who + ": quản trị viên cần cấu hình khóa (tệp PKCS#12 hoặc token PKCS#11).");
    }
}
